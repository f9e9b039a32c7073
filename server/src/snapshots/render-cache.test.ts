import { describe, expect, it } from 'vitest';
import { RenderCache } from './render-cache.ts';

describe('RenderCache', () => {
  it('renders once for concurrent requests of the same key, then serves from memory', async () => {
    const cache = new RenderCache<string>(1_000, (v) => v.length);
    let renders = 0;
    const render = async () => {
      renders++;
      return 'svg';
    };
    expect(await Promise.all([cache.get('a', render), cache.get('a', render)])).toEqual(['svg', 'svg']);
    expect(await cache.get('a', render)).toBe('svg');
    expect(renders).toBe(1);
  });

  it('drops the least recently used entries beyond its budget, and keeps no failure', async () => {
    const cache = new RenderCache<string>(20, (v) => v.length);
    const renders: string[] = [];
    const render = (key: string) => async () => {
      renders.push(key);
      return key.repeat(5);
    };
    await cache.get('a', render('a'));
    await cache.get('b', render('b'));
    await cache.get('a', render('a'));
    await cache.get('c', render('c'));
    await cache.get('d', render('d'));
    await cache.get('e', render('e'));
    await cache.get('a', render('a'));
    expect(renders).toEqual(['a', 'b', 'c', 'd', 'e']);
    await cache.get('b', render('b'));
    expect(renders).toEqual(['a', 'b', 'c', 'd', 'e', 'b']);

    await expect(cache.get('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('x', render('x'))).toBe('xxxxx');
  });
});
