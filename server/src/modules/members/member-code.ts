import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Ctx } from '../../shared/context.ts';
import { selectMember } from './queries.ts';

/**
 * The rotating code on the member's phone: `M1.<member id>.<window>.<mac>` (the id's 16 bytes in
 * base64url, so the code stays short enough for a small QR and the search box), where the window is a
 * 30-second slot of the clock and the mac an HMAC of id and window keyed by the member's secret
 * `qr_token`. The counter accepts the current and the previous window (about a minute), so a
 * screenshot stops working soon after it was taken, and nobody can make one without the secret.
 */
export const MEMBER_CODE_WINDOW_MS = 30_000;
const MAC_LENGTH = 16;
const PATTERN = /^M1\.([\w-]{22})\.(\d{1,15})\.([\w-]{16})$/;

function packId(id: string): string {
  return Buffer.from(id.replace(/-/g, ''), 'hex').toString('base64url');
}

function unpackId(packed: string): string | null {
  const hex = Buffer.from(packed, 'base64url').toString('hex');
  if (hex.length !== 32 || packId(hex) !== packed) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function mac(secret: string, memberId: string, window: number): string {
  return createHmac('sha256', secret)
    .update(`${memberId}.${window}`)
    .digest('base64url')
    .slice(0, MAC_LENGTH);
}

export function memberCodeFor(
  member: { id: string; qr_token: string },
  now: Date,
): { token: string; expiresAt: string } {
  const window = Math.floor(now.getTime() / MEMBER_CODE_WINDOW_MS);
  return {
    token: `M1.${packId(member.id)}.${window}.${mac(member.qr_token, member.id, window)}`,
    // Accepted through the next window too (it is then the previous one).
    expiresAt: new Date((window + 2) * MEMBER_CODE_WINDOW_MS).toISOString(),
  };
}

export function looksLikeMemberCode(text: string): boolean {
  return text.trim().startsWith('M1.');
}

/**
 * The member's permanent QR token behind a rotating code, or null when the code is malformed,
 * forged, expired or names a member of no one in this tenant (or an erased one).
 */
export async function resolveMemberCode(ctx: Ctx, code: string): Promise<string | null> {
  const m = PATTERN.exec(code.trim());
  if (!m) return null;
  const [, packed, windowText, given] = m as unknown as [string, string, string, string];
  const memberId = unpackId(packed);
  if (!memberId) return null;
  const window = Number(windowText);
  const current = Math.floor(ctx.now.getTime() / MEMBER_CODE_WINDOW_MS);
  if (window !== current && window !== current - 1) return null;
  const row = await selectMember(ctx.db, ctx.tenantId, memberId);
  if (!row || row.status === 'erased') return null;
  const expected = Buffer.from(mac(row.qr_token, memberId, window));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? row.qr_token : null;
}
