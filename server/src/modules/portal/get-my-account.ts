import type { Ctx } from '../../shared/context.ts';
import { listMemberCards } from '../cards/manage-card.ts';
import { listMemberCoupons } from '../coupons/member-coupons.ts';
import { listInbox } from '../engagement/messages.ts';
import { getMember } from '../members/get-member.ts';
import { basisTotal } from '../members/levels.ts';
import { listLevels } from '../members/list-levels.ts';
import type { MemberView } from '../members/members.ts';
import { getPoints } from '../points/get-points.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { getStoredValue } from '../wallet/get-wallet.ts';

/** What a member sees of their own profile: never the permanent QR token (see get-member-code.ts). */
export function toPortalProfile(m: MemberView) {
  return {
    id: m.id,
    name: m.name,
    phone: m.phone,
    cardNo: m.cardNo,
    gender: m.gender,
    birthday: m.birthday,
    birthdayCalendar: m.birthdayCalendar,
    email: m.email,
    smsConsent: m.smsConsent,
    emailConsent: m.emailConsent,
    status: m.status,
    createdAt: m.createdAt,
  };
}

/**
 * The member's account on one page: profile, level and the way to the next one, stored value,
 * points and what lapses next, cards with sessions left, coupon counts and unread inbox messages.
 * Everything comes from the owning modules' read use cases, for the session's own member only.
 */
export async function getMyAccount(ctx: Ctx, memberId: string) {
  const member = await getMember(ctx, memberId);
  // One after another: a phone's page load should hold one pooled connection, not seven.
  const levels = await listLevels(ctx);
  const profile = await getTenantProfile(ctx);
  const storedValue = await getStoredValue(ctx, memberId);
  const points = await getPoints(ctx, memberId);
  const cards = await listMemberCards(ctx, memberId);
  const coupons = await listMemberCoupons(ctx, memberId);
  const inbox = await listInbox(ctx, memberId, 1);
  const basis = profile.settings.levelBasis;
  const total = basisTotal(
    {
      cumulative_spend_cents: member.cumulativeSpendCents,
      recharge_total_cents: member.rechargeTotalCents,
      points_earned_total: member.pointsEarnedTotal,
    },
    basis,
  );
  const current = levels.find((l) => l.id === member.levelId) ?? null;
  // Levels are listed lowest rank first; the next is the first above the current one.
  const next = levels.find((l) => (current ? l.rank > current.rank : true) && l.threshold > total) ?? null;
  const levelOf = (l: (typeof levels)[number]) => ({
    id: l.id,
    name: l.name,
    rank: l.rank,
    threshold: l.threshold,
    discountPercent: l.discountPercent,
    benefits: l.benefits,
  });
  const count = (states: readonly string[]) => coupons.filter((c) => states.includes(c.state)).length;
  return {
    profile: toPortalProfile(member),
    level: {
      basis,
      total,
      current: current ? levelOf(current) : null,
      next: next ? levelOf(next) : null,
      toNext: next ? next.threshold - total : null,
    },
    storedValue: {
      principalCents: storedValue.principalCents,
      bonusCents: storedValue.bonusCents,
      totalCents: storedValue.totalCents,
    },
    points: { balance: points.balance, nextExpiry: points.nextExpiry },
    cards: cards
      .filter((c) => c.status !== 'refunded')
      .map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        status: c.status,
        expiresAt: c.expiresAt,
        expired: c.expired,
        items: c.items.map((i) => ({
          itemName: i.itemName,
          sessionsTotal: i.sessionsTotal,
          // Sessions held by booked appointments are not free to use.
          sessionsLeft: i.sessionsLeft === null ? null : i.sessionsLeft - i.sessionsReserved,
        })),
      })),
    coupons: {
      usable: count(['usable', 'not_yet_valid']),
      used: count(['used']),
      expired: count(['expired']),
    },
    inboxUnread: inbox.unread,
  };
}
