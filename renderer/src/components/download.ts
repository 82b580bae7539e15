/**
 * Saves a file the services produced (base64) through an <a download>: a plain download in a
 * browser; Electron turns it into its save dialog.
 */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; give slow machines a margin anyway.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
