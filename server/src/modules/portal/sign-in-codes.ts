import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { ThrottleRule } from '../../shared/throttle.ts';

/** A code lives 5 minutes; a new one may be asked for after 60 s; 5 wrong tries kill it. */
export const CODE_TTL_MS = 5 * 60_000;
export const RESEND_AFTER_MS = 60_000;
export const MAX_WRONG_ATTEMPTS = 5;
const HOUR = 3_600_000;
/** Codes sent to one phone in an hour (an SMS costs money and annoys whoever owns the number). */
export const CODES_PER_PHONE: ThrottleRule = { limit: 5, windowMs: HOUR, lockMs: HOUR };
/** Code requests plus wrong codes from one address in an hour. */
export const REQUESTS_PER_IP: ThrottleRule = { limit: 20, windowMs: HOUR, lockMs: HOUR };

export const phoneBucket = (phone: string) => `portal:phone:${phone}`;
export const ipBucket = (ip: string) => `portal:ip:${ip}`;

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

export function hashCode(code: string, salt: string): string {
  return createHmac('sha256', salt).update(code).digest('hex');
}

/** Constant-time: how long the comparison takes says nothing about how close a guess was. */
export function codeMatches(code: string, salt: string, storedHash: string): boolean {
  const given = Buffer.from(hashCode(code, salt), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
