import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { T0 } from '../../../test/factories.ts';
import { feedbackShop, tenantDigest, visit } from '../../../test/feedback-factory.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { runAutomations } from '../engagement/run-automations.ts';

let t: TestApp;
let seq = 0;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const shop = () => feedbackShop(t, `fu${++seq}`);
type Shop = Awaited<ReturnType<typeof shop>>;

async function enable(s: Shop, params: object = {}) {
  const res = await t.request({
    method: 'PUT',
    url: '/api/v1/engagement/automations/follow_up',
    cookie: s.owner,
    body: { enabled: true, params },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const tasks = async (cookie: string, query = '') => {
  const res = await t.request({ method: 'GET', url: `/api/v1/follow-ups${query}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as {
    id: string;
    orderId: string;
    staffUserId: string | null;
    status: string;
    outcome: string | null;
    dueAt: string;
    memberPhone: string | null;
    complaintId: string | null;
  }[];
};

describe(`post-visit follow-up (回访) on ${TEST_DIALECT}`, () => {
  it('opens one task per visit for the person who served, however often and on however many nodes it runs', async () => {
    t.clock.now = new Date(T0);
    const s = await shop();
    const params = await enable(s, { daysAfter: 2, dueDays: 1, minOrderCents: 5_000 });
    expect(params.params).toEqual({ daysAfter: 2, dueDays: 1, minOrderCents: 5_000 });
    const staff = s.chain.users.staff.id;
    const served = await visit(t, s, s.member.id);
    const byManager = await visit(t, s, s.member.id, s.chain.users.manager.id);
    const walkIn = await visit(t, s, null);
    const tenant = s.chain.tenantId;

    // Not yet: the visits are less than two days old.
    expect((await runAutomations(t.db.db, tenant, new Date(T0.getTime() + DAY))).follow_up).toBe(0);

    const later = new Date(T0.getTime() + 2 * DAY + 60_000);
    const [first, second] = await Promise.all([
      runAutomations(t.db.db, tenant, later),
      runAutomations(t.db.db, tenant, later),
    ]);
    expect((first.follow_up ?? 0) + (second.follow_up ?? 0)).toBe(2);
    expect((await runAutomations(t.db.db, tenant, new Date(later.getTime() + DAY))).follow_up).toBe(0);

    const rows = await t.db.db
      .selectFrom('follow_up_tasks')
      .select(['order_id', 'staff_user_id', 'status', 'due_at', 'visit_at'])
      .where('tenant_id', '=', tenant)
      .orderBy('order_id')
      .execute();
    expect(rows.map((r) => [r.order_id, r.staff_user_id, r.status])).toEqual(
      [
        [served.id, staff, 'open'],
        [byManager.id, s.chain.users.manager.id, 'open'],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    expect(rows.some((r) => r.order_id === walkIn.id)).toBe(false);
    const runs = await t.db.db
      .selectFrom('automation_runs')
      .select('event_key')
      .where('tenant_id', '=', tenant)
      .where('kind', '=', 'follow_up')
      .execute();
    expect(runs.map((r) => r.event_key).sort()).toEqual(
      [`order:${served.id}`, `order:${byManager.id}`].sort(),
    );

    // The staff see their own task, with the number to call; the manager sees the store's.
    const staffCookie = await t.signIn('staff', s.chain.code);
    const mine = await tasks(staffCookie);
    expect(mine.map((x) => x.orderId)).toEqual([served.id]);
    expect(mine[0]!.memberPhone).toBe(s.member.phone);
    expect(new Date(mine[0]!.dueAt).getTime()).toBe(later.getTime() + DAY);
    expect((await tasks(s.manager, '?scope=store')).map((x) => x.orderId).sort()).toEqual(
      [served.id, byManager.id].sort(),
    );
    const cashierB = await t.signIn('cashierb', s.chain.code);
    expect(await tasks(cashierB, '?scope=store')).toEqual([]);
    const forbidden = await t.request({
      method: 'GET',
      url: '/api/v1/follow-ups?scope=store',
      cookie: staffCookie,
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('skips visits below the minimum amount and stays off until switched on', async () => {
    t.clock.now = new Date(T0);
    const s = await shop();
    await visit(t, s, s.member.id);
    const later = new Date(T0.getTime() + 3 * DAY + 60_000);
    expect((await runAutomations(t.db.db, s.chain.tenantId, later)).follow_up).toBeUndefined();
    await enable(s, { daysAfter: 3, minOrderCents: 10_000 });
    expect((await runAutomations(t.db.db, s.chain.tenantId, later)).follow_up).toBe(0);
    const bad = await t.request({
      method: 'PUT',
      url: '/api/v1/engagement/automations/follow_up',
      cookie: s.owner,
      body: { enabled: true, params: { daysAfter: -1 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('records the outcome once; a complaint heard on the call is logged with the task', async () => {
    t.clock.now = new Date(T0);
    const s = await shop();
    await enable(s, { daysAfter: 1 });
    const a = await visit(t, s, s.member.id);
    const other = await makeMember(t.db.db, s.chain.tenantId, {
      name: '赵敏',
      homeStoreId: s.chain.storeA.id,
    });
    const b = await visit(t, s, other.id);
    const later = new Date(T0.getTime() + DAY + 60_000);
    expect((await runAutomations(t.db.db, s.chain.tenantId, later)).follow_up).toBe(2);
    t.clock.now = later;
    const staffCookie = await t.signIn('staff', s.chain.code);
    const [ta, tb] = (await tasks(staffCookie)).sort((x, y) =>
      x.orderId === a.id ? -1 : y.orderId === a.id ? 1 : 0,
    );
    expect(ta!.orderId).toBe(a.id);
    expect(tb!.orderId).toBe(b.id);

    const close = (cookie: string, id: string, body: object) =>
      t.request({ method: 'POST', url: `/api/v1/follow-ups/${id}/close`, cookie, body });

    // Someone else's task: a cashier without feedback.manage may not close it.
    const cashier = await t.signIn('cashier', s.chain.code);
    const manager = await t.signIn('manager', s.chain.code);
    const before = await tenantDigest(t, s.chain.tenantId);
    const notTheirs = await close(cashier, ta!.id, { outcome: 'contacted' });
    expect(notTheirs.statusCode).toBe(403);
    const mismatched = await close(staffCookie, ta!.id, {
      outcome: 'contacted',
      complaint: { category: 'service', description: 'x' },
    });
    expect(mismatched.statusCode).toBe(400);
    expect(await tenantDigest(t, s.chain.tenantId)).toBe(before);

    const done = await close(staffCookie, ta!.id, {
      outcome: 'contacted',
      note: '很满意，下周再来',
      rating: { score: 5, comment: '技术好' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', outcome: 'contacted', note: '很满意，下周再来' });
    const rated = await t.request({ method: 'GET', url: `/api/v1/feedback/ratings`, cookie: manager });
    expect(
      rated
        .json()
        .items.map((r: { orderId: string; score: number; staffUserId: string }) => [
          r.orderId,
          r.score,
          r.staffUserId,
        ]),
    ).toEqual([[a.id, 5, s.chain.users.staff.id]]);
    const again = await close(manager, ta!.id, { outcome: 'no_answer' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('FOLLOW_UP_CLOSED');

    const raised = await close(staffCookie, tb!.id, {
      outcome: 'complaint_raised',
      complaint: { category: 'product', description: '洗发水过敏' },
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const complaintId = raised.json().complaintId as string;
    const c = await t.request({ method: 'GET', url: `/api/v1/complaints/${complaintId}`, cookie: manager });
    expect(c.json()).toMatchObject({
      orderId: b.id,
      memberId: other.id,
      category: 'product',
      status: 'new',
      storeId: s.chain.storeA.id,
    });
    expect((await tasks(staffCookie, '?status=open')).length).toBe(0);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('tenant_id', '=', s.chain.tenantId)
      .where('entity', '=', 'follow_up')
      .execute();
    expect(audit.map((x) => x.action).sort()).toEqual([
      'follow_up.close',
      'follow_up.close',
      'follow_up.open',
      'follow_up.open',
    ]);
  });
});
