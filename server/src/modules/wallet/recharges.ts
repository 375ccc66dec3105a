import type { Selectable } from 'kysely';
import type { PaymentMethod, RechargesTable } from '../../db/schema.ts';

export interface Recharge {
  id: string;
  memberId: string;
  storeId: string;
  planId: string | null;
  principalCents: number;
  bonusCents: number;
  points: number;
  paymentMethod: PaymentMethod;
  paymentRef: string;
  status: 'completed' | 'refunded';
  refundedPrincipalCents: number;
  forfeitedBonusCents: number;
  createdAt: string;
  refundedAt: string | null;
}

export function toRecharge(row: Selectable<RechargesTable>): Recharge {
  return {
    id: row.id,
    memberId: row.member_id,
    storeId: row.store_id,
    planId: row.plan_id,
    principalCents: row.principal_cents,
    bonusCents: row.bonus_cents,
    points: row.points,
    paymentMethod: row.payment_method,
    paymentRef: row.payment_ref,
    status: row.status,
    refundedPrincipalCents: row.refunded_principal_cents,
    forfeitedBonusCents: row.forfeited_bonus_cents,
    createdAt: row.created_at,
    refundedAt: row.refunded_at,
  };
}
