import type { ImportFieldSpec } from './import-kind.ts';

/**
 * What a member import can fill, and the column headers a legacy export usually calls them
 * (Chinese first, then our own export's headers so an export imports back). The UI proposes a
 * mapping from these; the merchant corrects it. A member is found again by phone.
 */
export const MEMBER_FIELDS = {
  name: { aliases: ['姓名', '会员姓名', '名字', 'name', '姓名 name'], required: true },
  phone: { aliases: ['手机', '手机号', '手机号码', '电话', 'phone', 'mobile', '手机 phone'], required: true },
  cardNo: { aliases: ['卡号', '会员卡号', 'card', 'card no', 'cardno', '卡号 card'] },
  gender: { aliases: ['性别', 'gender', 'sex'] },
  birthday: { aliases: ['生日', '出生日期', 'birthday'] },
  email: { aliases: ['邮箱', 'email'] },
  homeStore: { aliases: ['门店', '所属门店', '门店编码', 'store'] },
  tags: { aliases: ['标签', 'tags', '标签 tags'] },
  notes: { aliases: ['备注', 'notes', 'note'] },
  principal: { aliases: ['本金', '余额', '储值余额', 'principal', 'balance', '本金 principal (¥)'] },
  bonus: { aliases: ['赠送', '赠送余额', 'bonus', '赠送 bonus (¥)'] },
  points: { aliases: ['积分', 'points', '积分 points'] },
  cardProduct: { aliases: ['次卡', '卡项', '次卡名称', 'card product'] },
  cardSessions: { aliases: ['剩余次数', '次数', 'sessions'] },
  cardExpiresAt: { aliases: ['次卡到期', '到期日', 'expires'] },
  smsConsent: { aliases: ['短信营销', 'sms'] },
} as const satisfies Record<string, ImportFieldSpec>;

export type MemberField = keyof typeof MEMBER_FIELDS;

/** Reasons in the rejected-rows file, in both languages so any merchant can act on them. */
export const MEMBER_REJECTION_LABELS: Record<string, string> = {
  NAME_MISSING: '缺少姓名 / Name missing',
  INVALID_PHONE: '手机号无效 / Not a valid mobile number',
  CARD_NO_TAKEN: '卡号已被占用 / Card number already used',
  UNKNOWN_STORE: '门店编码不存在 / Unknown store code',
  INVALID_AMOUNT: '金额无效 / Invalid amount',
  INVALID_POINTS: '积分无效 / Invalid points',
  INVALID_BIRTHDAY: '生日无效 / Invalid birthday',
  UNKNOWN_CARD_PRODUCT: '次卡名称不存在 / Unknown card product',
  INVALID_SESSIONS: '剩余次数无效 / Invalid sessions',
};
