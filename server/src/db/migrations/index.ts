import { foundation } from './0001-foundation.ts';
import { membersWallet } from './0002-members-wallet.ts';
import { levels } from './0003-levels.ts';
import { adjustments } from './0004-adjustments.ts';
import { points } from './0005-points.ts';
import { cards } from './0006-cards.ts';
import { imports } from './0007-imports.ts';
import { catalogInventory } from './0008-catalog-inventory.ts';
import { orders } from './0009-orders.ts';
import { adjustmentKinds } from './0010-adjustment-kinds.ts';
import { searchIndexes } from './0011-search-indexes.ts';
import { importKinds } from './0012-import-kinds.ts';
import { commission } from './0013-commission.ts';
import { couponsPromotions } from './0014-coupons-promotions.ts';
import { engagement } from './0015-engagement.ts';
import { appointments } from './0016-appointments.ts';
import { feedback } from './0017-feedback.ts';
import { giftCards } from './0018-gift-cards.ts';
import { engagementOptout } from './0019-engagement-optout.ts';
import { analytics } from './0020-analytics.ts';
import { dailyFacts } from './0021-daily-facts.ts';
import { settlement } from './0022-settlement.ts';
import { rechargeStaff } from './0024-recharge-staff.ts';
import { portal } from './0025-portal.ts';
import type { Migration } from './helpers.ts';

/** Applied in key order; never edit one that has shipped — add the next. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-members-wallet': membersWallet,
  '0003-levels': levels,
  '0004-adjustments': adjustments,
  '0005-points': points,
  '0006-cards': cards,
  '0007-imports': imports,
  '0008-catalog-inventory': catalogInventory,
  '0009-orders': orders,
  '0010-adjustment-kinds': adjustmentKinds,
  '0011-search-indexes': searchIndexes,
  '0012-import-kinds': importKinds,
  '0013-commission': commission,
  '0014-coupons-promotions': couponsPromotions,
  '0015-engagement': engagement,
  '0016-appointments': appointments,
  '0017-feedback': feedback,
  '0018-gift-cards': giftCards,
  '0019-engagement-optout': engagementOptout,
  '0020-analytics': analytics,
  '0021-daily-facts': dailyFacts,
  '0022-settlement': settlement,
  '0024-recharge-staff': rechargeStaff,
  '0025-portal': portal,
};
