/**
 * Small browser actions the tools share: copy text, save text as a file, read a chosen
 * file. All local: a Blob URL for downloads, never a network request.
 */

/** Copies text to the clipboard; resolves false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Offers text as a file download, built in the browser. */
export function downloadText(filename: string, text: string, type = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Reads a chosen file as text, refusing anything larger than `maxBytes` before reading it
 * (so a huge file cannot stall the page). Resolves `undefined` for a file too large.
 */
export async function readTextFile(file: File, maxBytes: number): Promise<string | undefined> {
  if (file.size > maxBytes) return undefined;
  return file.text();
}
