// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldOfProblem, intakeRequest } from './intake-form.ts';
import { routeOf } from './route.ts';

const fields = {
  title: ' A brief ',
  publisher: 'P',
  published: '2024-01-02',
  author: '',
  series: '',
  url: '',
};

describe('the intake request', () => {
  it('is JSON of the filled fields and the pasted text, as it was pasted', () => {
    expect(intakeRequest({ fields, source: { kind: 'paste', text: '  Text “as is”.\n' } })).toEqual({
      kind: 'json',
      body: { title: 'A brief', publisher: 'P', published: '2024-01-02', text: '  Text “as is”.\n' },
    });
  });

  it('is a form with the file when one is uploaded', () => {
    const file = new File(['x'], 'b.pdf', { type: 'application/pdf' });
    const request = intakeRequest({ fields: { ...fields, author: 'Ann' }, source: { kind: 'upload', file } });
    expect(request).toMatchObject({ kind: 'upload', file, fields: { title: 'A brief', author: 'Ann' } });
  });

  it('names the missing text or file', () => {
    expect(intakeRequest({ fields, source: { kind: 'paste', text: ' ' } })).toMatchObject({ error: 'text' });
    expect(intakeRequest({ fields, source: { kind: 'upload', file: null } })).toMatchObject({
      error: 'file',
    });
  });

  it('puts a server problem on the field it names', () => {
    expect(fieldOfProblem('published')).toBe('published');
    expect(fieldOfProblem('body.url')).toBe('url');
    expect(fieldOfProblem('text')).toBe('text');
    expect(fieldOfProblem('language')).toBeNull();
  });
});

describe('the workbench routes', () => {
  it('knows /briefs/new and /briefs/:id/review', () => {
    expect(routeOf('/briefs/new')).toEqual({ page: 'new' });
    expect(routeOf('/briefs/sejong-focus-2023-04-no25/review')).toEqual({
      page: 'review',
      briefId: 'sejong-focus-2023-04-no25',
    });
    expect(routeOf('/briefs/X/review')).toEqual({ page: 'none' });
  });
});
