import type { Db } from '../db/schema.ts';
import { createOwner } from '../modules/auth/create-owner.ts';
import { createUser } from '../modules/auth/create-user.ts';
import { listRoles } from '../modules/auth/list-roles.ts';
import { createStore } from '../modules/tenancy/create-store.ts';
import { createTenant } from '../modules/tenancy/create-tenant.ts';
import { systemCtx } from '../shared/context.ts';

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

/**
 * A small chain to explore: two stores (one direct, one franchise) and a user for every role, all
 * with the password demo1234. Later modules add members, products and sales here.
 */
export async function seedDemo(db: Db, now: Date): Promise<{ tenantId: string }> {
  const { tenantId } = await createTenant(db, { code: DEMO_TENANT, name: '悦享生活 连锁（演示）' }, now);
  const ctx = systemCtx(db, tenantId, now, 'seed-demo');
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
  return { tenantId };
}

export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('tenants').select('tenant_id').limit(1).executeTakeFirst();
  return !row;
}
