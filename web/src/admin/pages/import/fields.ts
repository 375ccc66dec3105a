import { toCsv } from '../../../lib/export.ts';

/** What an import can fill, in the order the mapping table and the template list them. */
export const IMPORT_FIELDS = [
  'name',
  'phone',
  'cardNo',
  'gender',
  'birthday',
  'email',
  'homeStore',
  'tags',
  'notes',
  'principal',
  'bonus',
  'points',
  'cardProduct',
  'cardSessions',
  'cardExpiresAt',
  'smsConsent',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Target field → the header of the file's column that fills it. */
export type Mapping = Partial<Record<ImportField, string>>;

/** The server refuses to run without these two (a member is found again by phone). */
export const REQUIRED_FIELDS: ReadonlySet<ImportField> = new Set(['name', 'phone']);

/**
 * Template headers. Always Chinese, whatever the UI language: they are the names the server
 * recognises when it guesses the mapping, so a filled-in template maps itself.
 */
const TEMPLATE_HEADERS: Record<ImportField, string> = {
  name: '姓名',
  phone: '手机号',
  cardNo: '卡号',
  gender: '性别',
  birthday: '生日',
  email: '邮箱',
  homeStore: '门店编码',
  tags: '标签',
  notes: '备注',
  principal: '本金',
  bonus: '赠送',
  points: '积分',
  cardProduct: '次卡名称',
  cardSessions: '剩余次数',
  cardExpiresAt: '次卡到期',
  smsConsent: '短信营销',
};

/** A header-only CSV (UTF-8 with BOM, so Excel on Chinese Windows opens it correctly). */
export function templateCsv(): string {
  return toCsv(
    IMPORT_FIELDS.map((field) => ({ title: TEMPLATE_HEADERS[field], value: () => '' })),
    [],
  );
}

/** Keeps only mapped fields: the server validates every value as a header name. */
export function cleanMapping(mapping: Mapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header) out[field] = header;
  }
  return out;
}

/** Same origin, so the session cookie goes along: a plain link downloads the file. */
export function rejectedRowsUrl(jobId: string): string {
  return `/api/v1/imports/${encodeURIComponent(jobId)}/rejected.xlsx`;
}
