import type { Gender } from '../../db/schema.ts';
import { isAppError } from '../../shared/errors.ts';
import { parseYuan } from '../../shared/money.ts';
import { normalizePhone } from '../members/identity.ts';
import type { MemberField } from './fields.ts';
import type { CellOf } from './import-kind.ts';

export interface ImportRow {
  name: string;
  phone: string;
  cardNo: string | null;
  gender: Gender;
  birthday: string | null;
  email: string | null;
  homeStoreId: string | null;
  tags: string[];
  notes: string;
  principalCents: number;
  bonusCents: number;
  points: number;
  card: { productId: string; sessions: Record<string, number>; expiresAt: string | null } | null;
  smsConsent: boolean;
}

export interface Lookups {
  storeIdByCode: Map<string, string>;
  cardProducts: Map<string, { id: string; items: { itemCode: string; sessions: number | null }[] }>;
}

/** The reasons a row is rejected; the merchant sees them in the rejected-rows Excel. */
export type Rejection =
  | 'NAME_MISSING'
  | 'INVALID_PHONE'
  | 'CARD_NO_TAKEN'
  | 'UNKNOWN_STORE'
  | 'INVALID_AMOUNT'
  | 'INVALID_POINTS'
  | 'INVALID_BIRTHDAY'
  | 'UNKNOWN_CARD_PRODUCT'
  | 'INVALID_SESSIONS';

const GENDERS: Record<string, Gender> = {
  男: 'male',
  m: 'male',
  male: 'male',
  女: 'female',
  f: 'female',
  female: 'female',
};

function amount(text: string): number | null {
  if (text === '') return 0;
  try {
    const value = parseYuan(text.replace(/[¥,\s]/g, ''));
    return value >= 0 ? value : null;
  } catch (err) {
    if (isAppError(err)) return null;
    throw err;
  }
}

function dateOnly(text: string): string | null | undefined {
  if (text === '') return null;
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/** Turns one spreadsheet row into a member to import, or the reason it cannot be. */
export function validateRow(cell: CellOf, lookups: Lookups): ImportRow | Rejection {
  const get = (field: MemberField) => cell(field);
  const name = get('name');
  if (!name || name.length > 50) return 'NAME_MISSING';
  let phone: string;
  try {
    phone = normalizePhone(get('phone'));
  } catch {
    return 'INVALID_PHONE';
  }
  const storeCode = get('homeStore');
  const homeStoreId = storeCode ? (lookups.storeIdByCode.get(storeCode) ?? null) : null;
  if (storeCode && !homeStoreId) return 'UNKNOWN_STORE';
  const principal = amount(get('principal'));
  const bonus = amount(get('bonus'));
  if (principal === null || bonus === null) return 'INVALID_AMOUNT';
  const pointsText = get('points');
  const points = pointsText === '' ? 0 : Number(pointsText);
  if (!Number.isSafeInteger(points) || points < 0) return 'INVALID_POINTS';
  const birthday = dateOnly(get('birthday'));
  if (birthday === undefined) return 'INVALID_BIRTHDAY';

  let card: ImportRow['card'] = null;
  const productName = get('cardProduct');
  if (productName) {
    const product = lookups.cardProducts.get(productName);
    if (!product) return 'UNKNOWN_CARD_PRODUCT';
    const sessionsText = get('cardSessions');
    const sessions: Record<string, number> = {};
    const counted = product.items.filter((i) => i.sessions !== null);
    if (/^\d+$/.test(sessionsText) && counted.length === 1)
      sessions[counted[0]!.itemCode] = Number(sessionsText);
    else if (sessionsText) {
      // "WASH:5;WAX:1" for a card with several items.
      for (const part of sessionsText.split(/[;；]/)) {
        const [code, n] = part.split(/[:：]/).map((x) => x.trim());
        const item = counted.find((i) => i.itemCode === code);
        if (!item || !n || !/^\d+$/.test(n) || Number(n) > (item.sessions ?? 0)) return 'INVALID_SESSIONS';
        sessions[item.itemCode] = Number(n);
      }
    }
    for (const item of counted) if (sessions[item.itemCode] === undefined) sessions[item.itemCode] = 0;
    const expires = dateOnly(get('cardExpiresAt'));
    if (expires === undefined) return 'INVALID_SESSIONS';
    card = { productId: product.id, sessions, expiresAt: expires ? `${expires}T15:59:59.999Z` : null };
  }
  const consent = get('smsConsent').toLowerCase();
  return {
    name,
    phone,
    cardNo: get('cardNo') || null,
    gender: GENDERS[get('gender').toLowerCase()] ?? 'unknown',
    birthday,
    email: get('email') || null,
    homeStoreId,
    tags: get('tags')
      .split(/[,，|;；]/)
      .map((t) => t.trim())
      .filter(Boolean)
      .slice(0, 30),
    notes: get('notes').slice(0, 2000),
    principalCents: principal,
    bonusCents: bonus,
    points,
    card,
    smsConsent: ['1', 'y', 'yes', '是', 'true'].includes(consent),
  };
}
