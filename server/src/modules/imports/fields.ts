/**
 * What an import can fill, and the column headers a legacy export usually calls them (Chinese
 * first, then our own export's headers so an export imports back). The UI proposes a mapping from
 * these; the merchant corrects it.
 */
export const IMPORT_FIELDS = {
  name: ['姓名', '会员姓名', '名字', 'name', '姓名 name'],
  phone: ['手机', '手机号', '手机号码', '电话', 'phone', 'mobile', '手机 phone'],
  cardNo: ['卡号', '会员卡号', 'card', 'card no', 'cardno', '卡号 card'],
  gender: ['性别', 'gender', 'sex'],
  birthday: ['生日', '出生日期', 'birthday'],
  email: ['邮箱', 'email'],
  homeStore: ['门店', '所属门店', '门店编码', 'store'],
  tags: ['标签', 'tags', '标签 tags'],
  notes: ['备注', 'notes', 'note'],
  principal: ['本金', '余额', '储值余额', 'principal', 'balance', '本金 principal (¥)'],
  bonus: ['赠送', '赠送余额', 'bonus', '赠送 bonus (¥)'],
  points: ['积分', 'points', '积分 points'],
  cardProduct: ['次卡', '卡项', '次卡名称', 'card product'],
  cardSessions: ['剩余次数', '次数', 'sessions'],
  cardExpiresAt: ['次卡到期', '到期日', 'expires'],
  smsConsent: ['短信营销', 'sms'],
} as const;

export type ImportField = keyof typeof IMPORT_FIELDS;
export type Mapping = Partial<Record<ImportField, string>>;

export function suggestMapping(headers: readonly string[]): Mapping {
  const mapping: Mapping = {};
  const lower = headers.map((h) => h.trim().toLowerCase());
  for (const [field, names] of Object.entries(IMPORT_FIELDS) as [ImportField, readonly string[]][]) {
    const index = lower.findIndex((h) => names.some((n) => n.toLowerCase() === h));
    if (index >= 0) mapping[field] = headers[index];
  }
  return mapping;
}

/** Reasons in the rejected-rows file, in both languages so any merchant can act on them. */
export const REJECTION_LABELS: Record<string, string> = {
  NAME_MISSING: '缺少姓名 / Name missing',
  INVALID_PHONE: '手机号无效 / Not a valid mobile number',
  DUPLICATE_IN_FILE: '文件内重复 / Duplicate within the file',
  CARD_NO_TAKEN: '卡号已被占用 / Card number already used',
  UNKNOWN_STORE: '门店编码不存在 / Unknown store code',
  INVALID_AMOUNT: '金额无效 / Invalid amount',
  INVALID_POINTS: '积分无效 / Invalid points',
  INVALID_BIRTHDAY: '生日无效 / Invalid birthday',
  UNKNOWN_CARD_PRODUCT: '次卡名称不存在 / Unknown card product',
  INVALID_SESSIONS: '剩余次数无效 / Invalid sessions',
};
