/**
 * Whether the browser-mode host refused our token. A tiny external store so that the app shell
 * can swap every screen for one clear message, wherever the 401 was met.
 */
let unauthorized = false;
const listeners = new Set<() => void>();

export function markUnauthorized(): void {
  if (unauthorized) return;
  unauthorized = true;
  listeners.forEach((listener) => listener());
}

export function isUnauthorized(): boolean {
  return unauthorized;
}

export function subscribeUnauthorized(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
