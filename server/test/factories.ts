import type { Db } from '../src/db/schema.ts';
import { createUser } from '../src/modules/auth/create-user.ts';
import { listRoles } from '../src/modules/auth/list-roles.ts';
import type { BuiltinRoleCode } from '../src/modules/auth/permissions.ts';
import { createStore } from '../src/modules/tenancy/create-store.ts';
import { createTenant } from '../src/modules/tenancy/create-tenant.ts';
import { type Ctx, systemCtx } from '../src/shared/context.ts';

export const PASSWORD = 'secret123';
export const T0 = new Date('2026-03-02T02:00:00.000Z');

export function sysCtx(db: Db, tenantId: string, now = T0): Ctx {
  return systemCtx(db, tenantId, now, 'test');
}

export async function makeTenant(db: Db, code: string, now = T0) {
  const { tenantId } = await createTenant(db, { code, name: `Tenant ${code}` }, now);
  return tenantId;
}

export async function makeStore(db: Db, tenantId: string, code: string) {
  return createStore(sysCtx(db, tenantId), { code, name: `Store ${code}` });
}

export async function makeUser(
  db: Db,
  tenantId: string,
  args: { username: string; role: BuiltinRoleCode | string; storeIds?: string[]; allStores?: boolean },
) {
  const ctx = sysCtx(db, tenantId);
  const role = (await listRoles(ctx)).find((r) => r.code === args.role);
  if (!role) throw new Error(`no role ${args.role}`);
  return createUser(ctx, {
    username: args.username,
    displayName: args.username,
    password: PASSWORD,
    roleIds: [role.id],
    storeIds: args.storeIds ?? [],
    allStores: args.allStores ?? false,
  });
}

/**
 * A chain with two stores and a user per role: owner and finance see every store; the manager,
 * cashier and service staff work in store A; cashierB works in store B.
 */
export async function makeChain(db: Db, code = 'acme') {
  const tenantId = await makeTenant(db, code);
  const storeA = await makeStore(db, tenantId, 'A');
  const storeB = await makeStore(db, tenantId, 'B');
  const users = {
    owner: await makeUser(db, tenantId, { username: 'owner', role: 'owner', allStores: true }),
    finance: await makeUser(db, tenantId, { username: 'finance', role: 'finance', allStores: true }),
    manager: await makeUser(db, tenantId, {
      username: 'manager',
      role: 'store_manager',
      storeIds: [storeA.id],
    }),
    cashier: await makeUser(db, tenantId, { username: 'cashier', role: 'cashier', storeIds: [storeA.id] }),
    staff: await makeUser(db, tenantId, { username: 'staff', role: 'service_staff', storeIds: [storeA.id] }),
    cashierB: await makeUser(db, tenantId, { username: 'cashierb', role: 'cashier', storeIds: [storeB.id] }),
  };
  return { tenantId, code, storeA, storeB, users };
}
