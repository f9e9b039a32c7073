/**
 * Saves a file the browser holds: a Blob behind an object URL and a click on an <a download>.
 * The URL is revoked a moment later, once the browser has started the download.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveText(text: string, mime: string, fileName: string): void {
  saveBlob(new Blob([text], { type: `${mime};charset=utf-8` }), fileName);
}
