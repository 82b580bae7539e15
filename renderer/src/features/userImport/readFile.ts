/** The extensions the importer reads (DESIGN.md section 5). */
export const IMPORT_ACCEPT = '.csv,.txt,.tsv,.xlsx,.xml';

/** A file's bytes as base64, for users:importRead (chunked: large files overflow apply()). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return bytesToBase64(bytes);
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * A file dropped on the users page, handed to the import page that the drop opens: a File
 * cannot travel in the address, and one pending file per customer is all there ever is.
 */
let pending: { customerId: string; file: File } | null = null;

export function setPendingFile(customerId: string, file: File): void {
  pending = { customerId, file };
}

export function takePendingFile(customerId: string): File | null {
  if (pending?.customerId !== customerId) return null;
  const { file } = pending;
  pending = null;
  return file;
}
