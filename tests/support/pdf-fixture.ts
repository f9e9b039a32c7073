/**
 * A real, minimal PDF (1.4, Helvetica, one text object per line) written byte by byte, so tests
 * know by construction which text the extractor must find: `paragraphs` of lines, a blank line's
 * height between paragraphs, and an optional document title in its info dictionary.
 */
export function pdfWithText(paragraphs: readonly (readonly string[])[], title?: string): Buffer {
  const pdfString = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const ops: string[] = ['BT', '/F1 12 Tf'];
  let y = 760;
  for (const lines of paragraphs) {
    for (const line of lines) {
      ops.push(`1 0 0 1 72 ${y} Tm`, `(${pdfString(line)}) Tj`);
      y -= 15;
    }
    y -= 15;
  }
  ops.push('ET');
  const content = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Title (${pdfString(title ?? '')}) /Producer (briefgraph tests) >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
