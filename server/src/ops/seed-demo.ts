import type { Db } from '../db/schema.ts';
import { seedAppointments } from '../modules/appointments/seed-appointments.ts';
import { createOwner } from '../modules/auth/create-owner.ts';
import { createUser } from '../modules/auth/create-user.ts';
import { listRoles } from '../modules/auth/list-roles.ts';
import { seedCatalog } from '../modules/catalog/seed-catalog.ts';
import { seedCommissionRules } from '../modules/commission/seed-commission-rules.ts';
import { seedCoupons } from '../modules/coupons/seed-coupons.ts';
import { seedGiftCards } from '../modules/giftcards/seed-gift-cards.ts';
import { createMember } from '../modules/members/create-member.ts';
import { createStore } from '../modules/tenancy/create-store.ts';
import { createTenant } from '../modules/tenancy/create-tenant.ts';
import { createRechargePlan } from '../modules/wallet/recharge-plans.ts';
import { recordRecharge } from '../modules/wallet/record-recharge.ts';
import { type Ctx, systemCtx } from '../shared/context.ts';
import { zoneOffsetMinutes } from '../shared/time.ts';
import { seedSales } from './seed-sales.ts';

const DAY = 86_400_000;

export const DEMO_TENANT = 'demo';
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_USERS = [
  { username: 'owner', displayName: '王老板', role: 'owner', stores: 'all' },
  { username: 'manager', displayName: '李店长', role: 'store_manager', stores: ['S01'] },
  { username: 'cashier', displayName: '张收银', role: 'cashier', stores: ['S01'] },
  { username: 'cashier2', displayName: '赵收银', role: 'cashier', stores: ['S02'] },
  { username: 'staff', displayName: '刘技师', role: 'service_staff', stores: ['S01'] },
  { username: 'finance', displayName: '陈财务', role: 'finance', stores: 'all' },
] as const;

/** How much trading history the demo starts with. */
export const DEMO_HISTORY_DAYS = 21;

/**
 * A small chain to explore: two stores (one direct, one franchise) and a user for every role, all
 * with the password demo1234; forty members, three recharge plans and some recharges, a salon and
 * retail catalog with stock, and three weeks of sales up to `now`.
 */
export async function seedDemo(db: Db, now: Date): Promise<{ tenantId: string }> {
  // One transaction: a few thousand writes commit (and sync to disk) once.
  return db.transaction().execute((trx) => seedChain(trx as unknown as Db, now));
}

async function seedChain(db: Db, now: Date): Promise<{ tenantId: string }> {
  // The chain opened three weeks ago at 09:00 Shanghai time; it has traded every day since.
  const offset = zoneOffsetMinutes(now, 'Asia/Shanghai') * 60_000;
  const today = Math.floor((now.getTime() + offset) / DAY) * DAY - offset;
  const opened = new Date(today - DEMO_HISTORY_DAYS * DAY + 9 * 3_600_000);
  const { tenantId } = await createTenant(db, { code: DEMO_TENANT, name: '悦享生活 连锁（演示）' }, opened);
  const ctx = systemCtx(db, tenantId, opened, 'seed-demo');
  const flagship = await createStore(ctx, {
    code: 'S01',
    name: '旗舰店 · 人民广场',
    address: '上海市黄浦区南京东路 100 号',
    phone: '021-60000001',
    ownership: 'direct',
  });
  const franchise = await createStore(ctx, {
    code: 'S02',
    name: '加盟店 · 徐家汇',
    address: '上海市徐汇区漕溪北路 200 号',
    phone: '021-60000002',
    ownership: 'franchise',
  });
  const storeIdByCode: Record<string, string> = { S01: flagship.id, S02: franchise.id };
  const roles = await listRoles(ctx);
  for (const user of DEMO_USERS) {
    if (user.role === 'owner') {
      await createOwner(
        db,
        tenantId,
        { username: user.username, password: DEMO_PASSWORD, displayName: user.displayName },
        now,
      );
      continue;
    }
    const role = roles.find((r) => r.code === user.role)!;
    await createUser(ctx, {
      username: user.username,
      displayName: user.displayName,
      password: DEMO_PASSWORD,
      roleIds: [role.id],
      storeIds: user.stores === 'all' ? [] : user.stores.map((code) => storeIdByCode[code]!),
      allStores: user.stores === 'all',
    });
  }
  await seedMembers(ctx, storeIdByCode);
  await seedCatalog(ctx, [flagship.id, franchise.id]);
  const userId = async (username: string) =>
    (
      await db
        .selectFrom('users')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  await seedCommissionRules(ctx);
  await seedCoupons(ctx, now);
  await seedGiftCards(ctx);
  // Bookings for the days ahead: booked as of now, so they are in the future.
  await seedAppointments({ ...ctx, now }, flagship.id, await userId('staff'), today);
  await seedSales(
    db,
    tenantId,
    [
      {
        id: flagship.id,
        cashierId: await userId('cashier'),
        cashierName: '张收银',
        staffId: await userId('staff'),
      },
      { id: franchise.id, cashierId: await userId('cashier2'), cashierName: '赵收银', staffId: null },
    ],
    new Date(opened.getTime() + 30 * 60_000),
    now,
  );
  return { tenantId };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '晓东',
  '雪梅',
];
const TAGS = ['VIP', '常客', '新客', '美甲', '护理', '洗车'];

/**
 * Forty members across both stores (deterministic, so screenshots and docs stay stable), three
 * recharge plans, and recharges for half of the members.
 */
async function seedMembers(ctx: Ctx, storeIdByCode: Record<string, string>): Promise<void> {
  const plans = [
    await createRechargePlan(ctx, { name: '充500送50', payCents: 50_000, bonusCents: 5_000, sort: 1 }),
    await createRechargePlan(ctx, { name: '充1000送150', payCents: 100_000, bonusCents: 15_000, sort: 2 }),
    await createRechargePlan(ctx, {
      name: '充2000送400',
      payCents: 200_000,
      bonusCents: 40_000,
      points: 500,
      sort: 3,
    }),
  ];
  for (let i = 0; i < 40; i++) {
    const store = i % 3 === 2 ? 'S02' : 'S01';
    const member = await createMember(ctx, {
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
      phone: `138${String(10_000_000 + i * 7919).slice(-8)}`,
      cardNo: i % 4 === 0 ? `VIP${String(1000 + i)}` : null,
      gender: i % 2 ? 'female' : 'male',
      birthday: `19${80 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      homeStoreId: storeIdByCode[store]!,
      tags: [TAGS[i % TAGS.length]!],
      smsConsent: i % 5 !== 0,
    });
    if (i % 2 === 0) {
      await recordRecharge(ctx, {
        memberId: member.id,
        storeId: storeIdByCode[store]!,
        planId: plans[i % plans.length]!.id,
        paymentMethod: i % 4 === 0 ? 'wechat' : 'alipay',
        paymentRef: `DEMO${1000 + i}`,
      });
    }
  }
}

export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('tenants').select('tenant_id').limit(1).executeTakeFirst();
  return !row;
}
