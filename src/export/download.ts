/** How long a download's blob URL stays valid after the click (the browser reads it asynchronously). */
const REVOKE_AFTER_MS = 30_000;

/** Saves a Blob through a temporary `<a download>` (no data: URL, no eval; works under a strict CSP). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** UTF-8 with a byte-order mark, so that spreadsheets read "Δ" and non-ASCII names correctly. */
export const csvBlob = (csv: string) => new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
export const svgBlob = (svg: string) => new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
