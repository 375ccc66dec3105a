import type { Actor } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';

/**
 * Every permission a role can carry. Later modules add theirs here so the role editor and the
 * route table share one list. Labels live in the web message files under `permissions.<code>`.
 */
export const PERMISSIONS = [
  'stores.read',
  'stores.manage',
  'users.read',
  'users.manage',
  'roles.manage',
  'audit.read',
  'settings.manage',
  'members.read',
  'members.manage',
  'members.erase',
  'members.phone.unmasked',
  'wallet.recharge',
  'wallet.refund',
  'wallet.adjust',
  'wallet.approve',
  'wallet.plans.manage',
  'cards.products.manage',
  'cards.issue',
  'cards.consume',
  'cards.refund',
  'levels.manage',
  'members.import',
  'members.export',
  'points.adjust',
  'cards.adjust',
  'catalog.manage',
  'inventory.read',
  'inventory.manage',
  'inventory.adjust',
  'pos.sell',
  'pos.discount',
  'pos.refund',
  'orders.read',
  'commission.manage',
  'commission.read',
  'engagement.read',
  'engagement.manage',
  'coupons.manage',
  'promotions.manage',
  'feedback.read',
  'feedback.record',
  'feedback.manage',
  'giftcards.read',
  'giftcards.manage',
  'exchange.manage',
  'points.exchange',
  // appointments (预约)
  'appointments.read',
  'appointments.manage',
  'appointments.schedule',
  // analytics: sales-history import, RFM and lifecycle reports
  'history.import',
  'reports.read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export type BuiltinRoleCode = 'owner' | 'store_manager' | 'cashier' | 'service_staff' | 'finance';

/** The roles every tenant starts with. Owners hold everything; the rest can be copied and tuned. */
export const BUILTIN_ROLES: Record<BuiltinRoleCode, { name: string; permissions: readonly Permission[] }> = {
  owner: { name: '老板', permissions: PERMISSIONS },
  store_manager: {
    name: '店长',
    permissions: [
      'stores.read',
      'users.read',
      'users.manage',
      'audit.read',
      'members.read',
      'members.manage',
      'members.phone.unmasked',
      'wallet.recharge',
      'wallet.refund',
      'wallet.adjust',
      'wallet.approve',
      'cards.issue',
      'cards.consume',
      'cards.refund',
      'members.export',
      'points.adjust',
      'cards.adjust',
      'catalog.manage',
      'inventory.read',
      'inventory.manage',
      'inventory.adjust',
      'pos.sell',
      'pos.discount',
      'pos.refund',
      'orders.read',
      'commission.read',
      'engagement.read',
      'coupons.manage',
      'promotions.manage',
      'feedback.read',
      'feedback.record',
      'feedback.manage',
      'giftcards.read',
      'giftcards.manage',
      'exchange.manage',
      'points.exchange',
      'appointments.read',
      'appointments.manage',
      'appointments.schedule',
      // Their own stores' reports: every report is bounded by the reader's stores.
      'reports.read',
    ],
  },
  cashier: {
    name: '收银员',
    permissions: [
      'stores.read',
      'members.read',
      'members.manage',
      'wallet.recharge',
      'cards.issue',
      'cards.consume',
      'inventory.read',
      'pos.sell',
      'pos.discount',
      'orders.read',
      'feedback.read',
      'feedback.record',
      'giftcards.read',
      'points.exchange',
      'appointments.read',
      'appointments.manage',
    ],
  },
  service_staff: {
    name: '技师/导购',
    permissions: ['stores.read', 'members.read', 'cards.consume', 'appointments.read'],
  },
  finance: {
    name: '财务',
    permissions: [
      'stores.read',
      'audit.read',
      'members.read',
      'members.phone.unmasked',
      'wallet.refund',
      'wallet.approve',
      'cards.refund',
      'members.export',
      'inventory.read',
      'pos.refund',
      'orders.read',
      'commission.read',
      'feedback.read',
      'giftcards.read',
      'reports.read',
    ],
  },
};

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.kind === 'system' || actor.permissions.has(permission);
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) {
    throw new AppError('FORBIDDEN', `Missing permission ${permission}`, { permission });
  }
}

export function canActInStore(actor: Actor, storeId: string): boolean {
  return actor.storeIds === 'all' || actor.storeIds.includes(storeId);
}

/** A user's stores bound what they may see and do: a cashier of store A cannot act in store B. */
export function requireStore(actor: Actor, storeId: string): void {
  if (!canActInStore(actor, storeId)) {
    throw new AppError('STORE_FORBIDDEN', 'You are not assigned to this store', { storeId });
  }
}
