import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
// Random bytes drawn in blocks: one system call per 256 ids instead of one each (imports make millions).
const pool = Buffer.alloc(16 * 256);
let poolOffset = pool.length;

/**
 * UUIDv7 (RFC 9562): 48-bit millisecond timestamp then random bits. Time-ordered, so rows insert at
 * the end of B-tree indexes, and safe to generate on a client (an offline till) without collisions.
 */
export function uuidv7(nowMs: number = Date.now()): string {
  if (poolOffset + 16 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const r = poolOffset;
  poolOffset += 16;
  const high = Math.floor(nowMs / 0x1000000); // top 24 bits of the 48-bit timestamp
  const low = nowMs % 0x1000000;
  const b = [
    (high >>> 16) & 0xff,
    (high >>> 8) & 0xff,
    high & 0xff,
    (low >>> 16) & 0xff,
    (low >>> 8) & 0xff,
    low & 0xff,
    ((pool[r + 6] ?? 0) & 0x0f) | 0x70,
    pool[r + 7] ?? 0,
    ((pool[r + 8] ?? 0) & 0x3f) | 0x80,
  ];
  let hex = '';
  for (let i = 0; i < 9; i++) hex += HEX[b[i]!];
  for (let i = 9; i < 16; i++) hex += HEX[pool[r + i] ?? 0];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
