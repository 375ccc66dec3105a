import type { Flag } from './common.ts';

/** Who served a recharge (wallet): the staff credited with its commission, by share. */
export interface RechargeStaffTable {
  tenant_id: string;
  recharge_id: string;
  staff_user_id: string;
  share_percent: number;
  /** 点钟: the member asked for this person. */
  requested: Flag;
}

/** Who sold a card over the counter, outside checkout (cards): the staff credited, by share. */
export interface MemberCardStaffTable {
  tenant_id: string;
  member_card_id: string;
  staff_user_id: string;
  share_percent: number;
  requested: Flag;
}
