import { describe, expect, it } from 'vitest';
import { lastLines } from './run-command.ts';

describe('lastLines', () => {
  it('keeps the last non-empty lines', () => {
    expect(lastLines('a\n\nb\r\nc\n\n', 2)).toEqual(['b', 'c']);
  });
});
