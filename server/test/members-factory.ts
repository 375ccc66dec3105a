import type { Db } from '../src/db/schema.ts';
import { createMember, type MemberProfileInput } from '../src/modules/members/create-member.ts';
import { createRechargePlan } from '../src/modules/wallet/recharge-plans.ts';
import { sysCtx } from './factories.ts';

let phoneSeq = 0;

/** A member with a fresh valid phone number unless one is given. */
export async function makeMember(db: Db, tenantId: string, input: Partial<MemberProfileInput> = {}) {
  phoneSeq++;
  return createMember(sysCtx(db, tenantId), {
    name: input.name ?? `会员${phoneSeq}`,
    phone: input.phone ?? `139${String(10_000_000 + phoneSeq).slice(-8)}`,
    ...input,
  });
}

export async function makePlan(db: Db, tenantId: string, payCents: number, bonusCents: number) {
  return createRechargePlan(sysCtx(db, tenantId), {
    name: `充${payCents / 100}送${bonusCents / 100}`,
    payCents,
    bonusCents,
  });
}
