/**
 * The fields of /briefs/new and what they send: JSON when the text is pasted, a form with the
 * file when one is uploaded (same field names as BriefIntake). DOM-free but for File.
 */
import type { BriefIntakeRequest } from '../api/api-client.ts';

export const INTAKE_FIELDS = ['title', 'publisher', 'published', 'author', 'series', 'url'] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number] | 'text' | 'file';

export interface IntakeValues {
  readonly fields: Readonly<Record<(typeof INTAKE_FIELDS)[number], string>>;
  readonly source: { kind: 'paste'; text: string } | { kind: 'upload'; file: File | null };
}

/** Empty optional fields are left out, as the schema wants them absent rather than empty. */
export function intakeRequest(
  values: IntakeValues,
): BriefIntakeRequest | { error: IntakeField; message: string } {
  const fields: Record<string, string> = {};
  for (const name of INTAKE_FIELDS) {
    const value = values.fields[name].trim();
    if (value) fields[name] = value;
  }
  if (values.source.kind === 'paste') {
    if (!values.source.text.trim()) return { error: 'text', message: 'Paste the text of the brief.' };
    return { kind: 'json', body: { ...fields, text: values.source.text } };
  }
  if (!values.source.file) return { error: 'file', message: 'Choose a PDF, HTML or text file.' };
  return { kind: 'upload', fields, file: values.source.file };
}

/** Which field a server problem names: "title", "body.title", "published: …" → the form's field. */
export function fieldOfProblem(field: string): IntakeField | null {
  const name = field.replace(/^body\.?/, '').split(/[.[]/)[0] ?? '';
  const known: readonly string[] = [...INTAKE_FIELDS, 'text', 'file'];
  return known.includes(name) ? (name as IntakeField) : null;
}
