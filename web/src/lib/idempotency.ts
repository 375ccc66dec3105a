/**
 * A fresh Idempotency-Key for one money-moving submission. Reuse the same key when retrying the same
 * submission, so a double click or a retry after a network error is charged once.
 */
export function newIdempotencyKey(): string {
  // randomUUID exists only in secure contexts; a shop server on http://192.168.x.x is not one.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
