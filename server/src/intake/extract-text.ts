/**
 * Plain text out of an uploaded brief (PDF, HTML or plain text), in the shape of the seed
 * texts: one paragraph a line, paragraphs separated by a blank line. What comes out is then
 * made canonical once (graph/src/seed/brief-intake.ts) and is the text all offsets refer to.
 * PDF: Mozilla's PDF.js (pdfjs-dist); HTML: html-to-text. The document's own title is offered
 * for a brief sent without one.
 */
import { AppError } from '@briefgraph/graph/domain/errors';
import { convert } from 'html-to-text';

export interface ExtractedText {
  text: string;
  title: string | undefined;
  format: 'pdf' | 'html' | 'text';
}

export class UnreadableFileError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('UNREADABLE_FILE', 422, message, { cause });
  }
}

/** Which extractor: by content first (a PDF says so in its first bytes), then by type and name. */
export function fileFormat(bytes: Buffer, mimeType: string, name: string): ExtractedText['format'] | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const type = mimeType.toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml' || /\.x?html?$/i.test(name)) return 'html';
  if (type.startsWith('text/plain') || /\.(txt|text|md)$/i.test(name)) return 'text';
  if (/^\s*(<!doctype html|<html[\s>])/i.test(bytes.subarray(0, 512).toString('utf8'))) return 'html';
  return null;
}

export async function extractText(bytes: Buffer, mimeType: string, name: string): Promise<ExtractedText> {
  const format = fileFormat(bytes, mimeType, name);
  if (format === 'pdf') return { format, ...(await pdfText(bytes)) };
  if (format === 'html') return { format, ...htmlText(utf8(bytes, name)) };
  if (format === 'text') return { format, text: utf8(bytes, name), title: undefined };
  throw new AppError(
    'UNSUPPORTED_FILE',
    415,
    `"${name}" is not a PDF, HTML or plain-text file (its type is ${mimeType || 'unknown'}).`,
  );
}

function utf8(bytes: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new UnreadableFileError(
      `"${name}" is not UTF-8 text; save it as UTF-8 and upload it again.`,
      error,
    );
  }
}

function htmlText(html: string): { text: string; title: string | undefined } {
  const titleHtml = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const title = titleHtml ? convert(titleHtml, { wordwrap: false }).trim() || undefined : undefined;
  const text = convert(html, {
    wordwrap: false,
    baseElements: { selectors: ['article', 'main', 'body'], returnDomByDefault: true },
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'header', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
  return { text: text.replace(/\n{3,}/g, '\n\n'), title };
}

interface TextItem {
  str: string;
  hasEOL: boolean;
  height: number;
  transform: number[];
}

/** Most pages a brief may have; a longer file is a book, not a brief. */
const MAX_PDF_PAGES = 200;

async function pdfText(bytes: Buffer): Promise<{ text: string; title: string | undefined }> {
  // The legacy build runs on Node without a DOM; loaded on first use (it is large).
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof getDocument>['promise']>;
  try {
    doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    throw new UnreadableFileError(`The PDF could not be read (${(error as Error).message}).`, error);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new AppError(
        'FILE_TOO_LARGE',
        413,
        `The PDF has ${doc.numPages} pages; a brief may have at most ${MAX_PDF_PAGES}.`,
      );
    }
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const paragraphs: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      paragraphs.push(
        ...pageParagraphs(content.items.filter((i): i is Extract<typeof i, { str: string }> => 'str' in i)),
      );
      page.cleanup();
    }
    const text = paragraphs.join('\n\n');
    if (!text.trim()) {
      throw new UnreadableFileError('The PDF has no text layer (a scan?); paste its text instead.');
    }
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    return { text, title };
  } catch (error) {
    // A page PDF.js cannot decode is the file's fault, not the server's.
    if (error instanceof AppError) throw error;
    throw new UnreadableFileError(`The PDF could not be read (${(error as Error).message}).`, error);
  } finally {
    await doc.destroy();
  }
}

/**
 * A page's text items as paragraphs: items join into lines at their end-of-line marks; a gap
 * between lines taller than one and a half lines starts a paragraph; the lines of a paragraph
 * join with a space, a word hyphenated across a line end ("coop-" "eration") joins whole.
 */
export function pageParagraphs(items: readonly TextItem[]): string[] {
  const lines: Array<{ text: string; y: number; height: number }> = [];
  let current = { text: '', y: Number.NaN, height: 0 };
  for (const item of items) {
    if (current.text === '' && item.str === '') continue;
    if (Number.isNaN(current.y)) current.y = item.transform[5] ?? 0;
    current.text += item.str;
    current.height = Math.max(current.height, item.height || Math.abs(item.transform[3] ?? 0));
    if (item.hasEOL) {
      lines.push(current);
      current = { text: '', y: Number.NaN, height: 0 };
    }
  }
  if (current.text) lines.push(current);

  const paragraphs: string[] = [];
  let paragraph = '';
  let previous: (typeof lines)[number] | undefined;
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, ' ').trim();
    const gap = previous ? previous.y - line.y : 0;
    if (previous && (text === '' || gap > 1.5 * Math.max(previous.height, line.height, 1) || gap < 0)) {
      if (paragraph) paragraphs.push(paragraph);
      paragraph = '';
    }
    if (text) {
      if (!paragraph) paragraph = text;
      else if (/\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(text)) paragraph = paragraph.slice(0, -1) + text;
      else paragraph += ` ${text}`;
    }
    previous = line;
  }
  if (paragraph) paragraphs.push(paragraph);
  return paragraphs;
}
