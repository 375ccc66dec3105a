import { randomBytes } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { AppError } from '../../shared/errors.ts';

/**
 * Mainland mobile numbers: 11 digits starting 13–19. Spaces, dashes and a +86/0086 prefix are
 * dropped so "+86 138-1234-5678" and "13812345678" are the same member.
 */
export function normalizePhone(input: string): string {
  let digits = input.replace(/[\s\-()]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  if (!/^1[3-9]\d{9}$/.test(digits)) {
    throw new AppError('INVALID_PHONE', 'Not a mainland mobile number (11 digits starting 13–19)', {
      field: 'phone',
    });
  }
  return digits;
}

/** 138****5678 — for everyone without members.phone.unmasked. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/**
 * Full pinyin and initials, computed once at write time so search is an index lookup:
 * 张三 → zhangsan / zs; "Li Na" → lina / ln. Surnames read as surnames (曾 → zeng).
 */
export function namePinyin(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' });
  // Each Han character is one syllable; a run of Latin text splits into its words.
  const words = syllables.flatMap((s) =>
    s
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  return { full: words.join(''), initials: words.map((w) => w[0]).join('') };
}

/** The token in a member's QR code: unguessable, URL-safe, short enough for a small code. */
export function newQrToken(): string {
  return `M${randomBytes(15).toString('base64url')}`;
}
