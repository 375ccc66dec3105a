import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../shared/errors.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence for cookie sessions (with SameSite=Lax underneath): a browser's unsafe request must
 * come from our own origin. Browsers send Origin on every cross-origin POST, and Sec-Fetch-Site
 * where Origin is missing; clients without either (curl, scripts) cannot ride a victim's cookie.
 */
export function checkCsrf(request: FastifyRequest, allowedOrigins: readonly string[]): void {
  if (!UNSAFE.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin) {
    const own = `${request.protocol}://${request.host}`;
    if (origin !== own && !allowedOrigins.includes(origin)) {
      throw new AppError('CSRF_REJECTED', 'Cross-site request refused', { origin });
    }
    return;
  }
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    throw new AppError('CSRF_REJECTED', 'Cross-site request refused');
  }
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Ant Design injects its CSS-in-JS at runtime.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('x-frame-options', 'DENY');
  reply.header('referrer-policy', 'same-origin');
  if (request.url.startsWith('/api/docs')) return;
  reply.header('content-security-policy', CSP);
}
