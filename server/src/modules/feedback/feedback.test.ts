import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { sysCtx } from '../../../test/factories.ts';
import { feedbackShop, tenantDigest, visit } from '../../../test/feedback-factory.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { fileMemberComplaint } from './file-complaint.ts';
import { listMemberFeedback } from './member-feedback.ts';
import { recordMemberRating } from './record-rating.ts';

let t: TestApp;
let seq = 0;

beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const shop = () => feedbackShop(t, `fb${++seq}`);
type Shop = Awaited<ReturnType<typeof shop>>;

const post = (cookie: string, url: string, body: unknown) =>
  t.request({ method: 'POST', url: `/api/v1${url}`, cookie, body });
const get = (cookie: string, url: string) => t.request({ method: 'GET', url: `/api/v1${url}`, cookie });

async function complaint(s: Shop, body: Record<string, unknown> = {}) {
  const res = await post(s.cashier, '/complaints', {
    storeId: s.chain.storeA.id,
    memberId: s.member.id,
    category: 'service',
    description: '等了四十分钟',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string };
}

const move = (cookie: string, id: string, body: Record<string, unknown>) =>
  post(cookie, `/complaints/${id}/status`, body);

describe(`complaint workflow on ${TEST_DIALECT}`, () => {
  it('goes new → assigned → resolved → closed, each step in the history and the audit log', async () => {
    const s = await shop();
    const order = await visit(t, s, s.member.id);
    const c = await complaint(s, { orderId: order.id, followUpOn: '2026-03-05' });
    expect(c.status).toBe('new');
    const staff = s.chain.users.staff.id;

    const assigned = await move(s.manager, c.id, {
      status: 'assigned',
      assigneeUserId: staff,
      note: '请跟进',
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({
      status: 'assigned',
      assigneeUserId: staff,
      assigneeName: 'staff',
    });

    // The assignee resolves their own complaint without feedback.manage.
    const staffCookie = await t.signIn('staff', s.chain.code);
    const noResolution = await move(staffCookie, c.id, { status: 'resolved' });
    expect(noResolution.statusCode).toBe(400);
    expect(noResolution.json().error.code).toBe('VALIDATION_FAILED');
    const resolved = await move(staffCookie, c.id, {
      status: 'resolved',
      resolution: '致电道歉并赠送护理一次',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolution: '致电道歉并赠送护理一次' });
    expect(resolved.json().resolvedAt).toBe(t.clock.now.toISOString());
    // …but may not close it: that is the manager's check.
    const staffClose = await move(staffCookie, c.id, { status: 'closed' });
    expect(staffClose.statusCode).toBe(403);
    expect(staffClose.json().error.code).toBe('FORBIDDEN');

    const note = await post(staffCookie, `/complaints/${c.id}/notes`, {
      text: '会员表示满意',
      followUpOn: null,
    });
    expect(note.statusCode, note.body).toBe(201);
    expect(note.json().followUpOn).toBeNull();

    const closed = await move(s.manager, c.id, { status: 'closed' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');

    const detail = await get(s.manager, `/complaints/${c.id}`);
    expect(detail.statusCode).toBe(200);
    const d = detail.json();
    expect(d.orderNo).toBe(order.orderNo);
    expect(d.memberName).toBe('王芳');
    expect(
      d.notes.map((n: { kind: string; fromStatus: string | null; toStatus: string | null }) => [
        n.kind,
        n.fromStatus,
        n.toStatus,
      ]),
    ).toEqual([
      ['created', null, 'new'],
      ['assign', 'new', 'assigned'],
      ['status', 'assigned', 'resolved'],
      ['note', null, null],
      ['status', 'resolved', 'closed'],
    ]);
    expect(d.notes[1].text).toBe('请跟进');
    expect(d.notes[2].text).toBe('致电道歉并赠送护理一次');
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('tenant_id', '=', s.chain.tenantId)
      .where('entity_id', '=', c.id)
      .orderBy('id')
      .execute();
    // Same clock tick throughout, so compared as a multiset: every write has its entry.
    expect(audit.map((a) => a.action).sort()).toEqual([
      'complaint.create',
      'complaint.note',
      'complaint.status',
      'complaint.status',
      'complaint.status',
    ]);
  });

  it('refuses illegal moves with COMPLAINT_TRANSITION_INVALID and changes nothing', async () => {
    const s = await shop();
    const c = await complaint(s);
    const staff = s.chain.users.staff.id;
    for (const status of ['resolved', 'new']) {
      const before = await tenantDigest(t, s.chain.tenantId);
      const res = await move(s.manager, c.id, { status, resolution: 'x' });
      expect(res.statusCode, status).toBe(409);
      expect(res.json().error.code).toBe('COMPLAINT_TRANSITION_INVALID');
      expect(res.json().error.details).toMatchObject({ from: 'new', to: status });
      expect(await tenantDigest(t, s.chain.tenantId)).toBe(before);
    }
    const noAssignee = await move(s.manager, c.id, { status: 'assigned' });
    expect(noAssignee.statusCode).toBe(400);
    const nobody = await move(s.manager, c.id, {
      status: 'assigned',
      assigneeUserId: '01900000-0000-7000-8000-000000000000',
    });
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().error.code).toBe('USER_NOT_FOUND');

    // Reassigning is assigned → assigned; a resolved complaint reopens to assigned; closed is final.
    expect((await move(s.manager, c.id, { status: 'assigned', assigneeUserId: staff })).statusCode).toBe(200);
    const re = await move(s.manager, c.id, { status: 'assigned', assigneeUserId: s.chain.users.cashier.id });
    expect(re.json()).toMatchObject({ status: 'assigned', assigneeUserId: s.chain.users.cashier.id });
    expect((await move(s.manager, c.id, { status: 'resolved', resolution: '已退款' })).statusCode).toBe(200);
    const reopened = await move(s.manager, c.id, {
      status: 'assigned',
      assigneeUserId: staff,
      note: '会员不满意',
    });
    expect(reopened.json().status).toBe('assigned');
    expect((await move(s.manager, c.id, { status: 'resolved', resolution: '再次处理' })).statusCode).toBe(
      200,
    );
    expect((await move(s.manager, c.id, { status: 'closed' })).statusCode).toBe(200);
    for (const status of ['new', 'assigned', 'resolved', 'closed']) {
      const res = await move(s.manager, c.id, { status, assigneeUserId: staff, resolution: 'x' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('COMPLAINT_TRANSITION_INVALID');
    }
    // A new complaint that is no complaint at all can be closed at once.
    const spam = await complaint(s, { description: '测试' });
    expect((await move(s.manager, spam.id, { status: 'closed', note: '误录' })).json().status).toBe('closed');
  });

  it('lets one of two people moving a complaint at once win; the other gets COMPLAINT_TRANSITION_INVALID', async () => {
    const s = await shop();
    const c = await complaint(s);
    const owner = s.owner;
    const results = await Promise.all([
      move(s.manager, c.id, { status: 'assigned', assigneeUserId: s.chain.users.staff.id }),
      move(owner, c.id, { status: 'closed', note: '误录' }),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().error.code).toBe('COMPLAINT_TRANSITION_INVALID');
    const d = (await get(s.manager, `/complaints/${c.id}`)).json();
    // Exactly one move in the history, and the status is where it left the complaint.
    expect(d.notes.filter((n: { kind: string }) => n.kind !== 'created')).toHaveLength(1);
    expect(d.notes.at(-1).toStatus).toBe(d.status);
    const checks = (await runChecks(t.db)).filter((r) => r.name.startsWith('feedback'));
    expect(checks.length).toBe(2);
    expect(checks.every((r) => r.ok)).toBe(true);
  });

  it('needs feedback.manage to move a complaint the actor is not assigned', async () => {
    const s = await shop();
    const c = await complaint(s);
    const res = await move(s.cashier, c.id, { status: 'assigned', assigneeUserId: s.chain.users.staff.id });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    const assignAtOnce = await post(s.cashier, '/complaints', {
      storeId: s.chain.storeA.id,
      category: 'other',
      description: 'x',
      assigneeUserId: s.chain.users.staff.id,
    });
    expect(assignAtOnce.statusCode).toBe(403);
    const byManager = await post(s.manager, '/complaints', {
      storeId: s.chain.storeA.id,
      category: 'other',
      description: 'x',
      assigneeUserId: s.chain.users.staff.id,
    });
    expect(byManager.json()).toMatchObject({ status: 'assigned', assigneeUserId: s.chain.users.staff.id });
    // Service staff neither read nor record feedback; an unassigned complaint is not there for them.
    const staffCookie = await t.signIn('staff', s.chain.code);
    expect((await get(staffCookie, `/complaints/${c.id}`)).statusCode).toBe(404);
    expect((await get(staffCookie, '/complaints')).statusCode).toBe(403);
    await move(s.manager, c.id, { status: 'assigned', assigneeUserId: s.chain.users.staff.id });
    const mine = await get(staffCookie, `/complaints?assigneeUserId=${s.chain.users.staff.id}`);
    expect(mine.statusCode, mine.body).toBe(200);
    const items = mine.json().items as { id: string; assigneeUserId: string }[];
    expect(items.map((x) => x.id)).toContain(c.id);
    expect(items.every((x) => x.assigneeUserId === s.chain.users.staff.id)).toBe(true);
    const others = await get(staffCookie, `/complaints?assigneeUserId=${s.chain.users.manager.id}`);
    expect(others.statusCode).toBe(403);
    expect(
      (
        await post(staffCookie, '/complaints', {
          storeId: s.chain.storeA.id,
          category: 'other',
          description: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe(`store scope on ${TEST_DIALECT}`, () => {
  it('keeps store A’s complaints and ratings from store B’s staff', async () => {
    const s = await shop();
    const order = await visit(t, s, s.member.id);
    const c = await complaint(s, { orderId: order.id });
    expect((await post(s.cashier, '/feedback/ratings', { orderId: order.id, score: 4 })).statusCode).toBe(
      201,
    );
    const cashierB = await t.signIn('cashierb', s.chain.code);

    const list = await get(cashierB, '/complaints');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([]);
    expect((await get(s.cashier, '/complaints')).json().items.map((x: { id: string }) => x.id)).toEqual([
      c.id,
    ]);
    expect((await get(cashierB, `/complaints?storeId=${s.chain.storeA.id}`)).json().error.code).toBe(
      'STORE_FORBIDDEN',
    );
    expect((await get(cashierB, `/complaints/${c.id}`)).statusCode).toBe(404);
    expect((await get(cashierB, '/feedback/ratings')).json().items).toEqual([]);
    expect((await get(cashierB, '/feedback/summary')).json().ratings.count).toBe(0);

    const before = await tenantDigest(t, s.chain.tenantId);
    const file = await post(cashierB, '/complaints', {
      storeId: s.chain.storeA.id,
      category: 'other',
      description: 'x',
    });
    expect(file.statusCode).toBe(403);
    expect(file.json().error.code).toBe('STORE_FORBIDDEN');
    const viaOrder = await post(cashierB, '/complaints', {
      orderId: order.id,
      category: 'other',
      description: 'x',
    });
    expect(viaOrder.json().error.code).toBe('STORE_FORBIDDEN');
    const rate = await post(cashierB, '/feedback/ratings', { orderId: order.id, score: 1 });
    expect(rate.json().error.code).toBe('STORE_FORBIDDEN');
    expect(await tenantDigest(t, s.chain.tenantId)).toBe(before);
  });
});

describe(`ratings on ${TEST_DIALECT}`, () => {
  it('rates a visit once, credits the person who served, and averages per store and person', async () => {
    const s = await shop();
    const a = await visit(t, s, s.member.id);
    const b = await visit(t, s, s.member.id, s.chain.users.manager.id);
    const c = await visit(t, s, null, null);
    const r1 = await post(s.cashier, '/feedback/ratings', { orderId: a.id, score: 5, comment: '手艺好' });
    expect(r1.statusCode, r1.body).toBe(201);
    expect(r1.json()).toMatchObject({
      score: 5,
      staffUserId: s.chain.users.staff.id,
      memberId: s.member.id,
      channel: 'staff',
    });
    const again = await post(s.cashier, '/feedback/ratings', { orderId: a.id, score: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('RATING_EXISTS');
    expect((await post(s.cashier, '/feedback/ratings', { orderId: b.id, score: 2 })).json().staffUserId).toBe(
      s.chain.users.manager.id,
    );
    // Nobody credited: the cashier who rang it up served.
    expect((await post(s.cashier, '/feedback/ratings', { orderId: c.id, score: 4 })).json().staffUserId).toBe(
      s.chain.users.cashier.id,
    );
    const d = await visit(t, s, s.member.id);
    const stranger = await post(s.cashier, '/feedback/ratings', {
      orderId: d.id,
      score: 3,
      staffUserId: s.chain.users.finance.id,
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.details).toMatchObject({ field: 'staffUserId' });

    const summary = (await get(s.manager, '/feedback/summary')).json();
    expect(summary.ratings).toEqual({
      count: 3,
      scoreSum: 11,
      average: 3.67,
      byScore: { '2': 1, '4': 1, '5': 1 },
    });
    expect(summary.byStore).toEqual([
      { id: s.chain.storeA.id, name: 'Store A', count: 3, scoreSum: 11, average: 3.67 },
    ]);
    expect(summary.byStaff).toEqual([
      { id: s.chain.users.staff.id, name: 'staff', count: 1, scoreSum: 5, average: 5 },
      { id: s.chain.users.cashier.id, name: 'cashier', count: 1, scoreSum: 4, average: 4 },
      { id: s.chain.users.manager.id, name: 'manager', count: 1, scoreSum: 2, average: 2 },
    ]);
    const page1 = (await get(s.manager, '/feedback/ratings?limit=2')).json();
    expect(page1.items).toHaveLength(2);
    const page2 = (await get(s.manager, `/feedback/ratings?limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
  });
});

describe(`a member’s own feedback (portal use cases) on ${TEST_DIALECT}`, () => {
  it('rates and complains about their own visit only, and reads the status back', async () => {
    const s = await shop();
    const other = await makeMember(t.db.db, s.chain.tenantId, { name: '李雷' });
    const order = await visit(t, s, s.member.id);
    const ctx = { ...sysCtx(t.db.db, s.chain.tenantId, t.clock.now), requestId: 'portal' };
    await expect(recordMemberRating(ctx, other.id, { orderId: order.id, score: 1 })).rejects.toMatchObject({
      code: 'ORDER_NOT_FOUND',
    });
    await expect(
      fileMemberComplaint(ctx, other.id, { orderId: order.id, category: 'staff', description: 'x' }),
    ).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND' });
    const rating = await recordMemberRating(ctx, s.member.id, {
      orderId: order.id,
      score: 2,
      comment: '一般',
    });
    expect(rating).toMatchObject({ channel: 'member', staffUserId: s.chain.users.staff.id, score: 2 });
    const c = await fileMemberComplaint(ctx, s.member.id, {
      orderId: order.id,
      category: 'wait',
      description: '排队太久',
    });
    expect(c).toMatchObject({ status: 'new', channel: 'member', storeId: s.chain.storeA.id });
    await move(s.manager, c.id, { status: 'assigned', assigneeUserId: s.chain.users.staff.id });
    const mine = await listMemberFeedback(ctx, s.member.id);
    expect(mine.complaints.map((x) => [x.id, x.status])).toEqual([[c.id, 'assigned']]);
    expect(mine.ratings.map((x) => x.score)).toEqual([2]);
    expect(await listMemberFeedback(ctx, other.id)).toEqual({ complaints: [], ratings: [] });
  });
});

describe(`bad input on ${TEST_DIALECT}`, () => {
  it('answers 4xx with a stable code and writes nothing', async () => {
    const s = await shop();
    const order = await visit(t, s, s.member.id);
    const c = await complaint(s);
    const cases: [string, unknown, number, string][] = [
      ['/feedback/ratings', { orderId: order.id, score: 0 }, 400, 'VALIDATION_FAILED'],
      ['/feedback/ratings', { orderId: order.id, score: 6 }, 400, 'VALIDATION_FAILED'],
      ['/feedback/ratings', { orderId: order.id, score: 4.5 }, 400, 'VALIDATION_FAILED'],
      ['/feedback/ratings', { orderId: 'nope', score: 4 }, 400, 'VALIDATION_FAILED'],
      [
        '/feedback/ratings',
        { orderId: '01900000-0000-7000-8000-000000000000', score: 4 },
        404,
        'ORDER_NOT_FOUND',
      ],
      ['/complaints', { category: 'service', description: 'x' }, 400, 'VALIDATION_FAILED'],
      [
        '/complaints',
        { storeId: s.chain.storeA.id, category: 'weather', description: 'x' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        '/complaints',
        { storeId: s.chain.storeA.id, category: 'other', description: '   ' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        '/complaints',
        { storeId: s.chain.storeA.id, category: 'other', description: 'x', followUpOn: '2026-02-30' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        '/complaints',
        { storeId: s.chain.storeA.id, category: 'other', description: 'x', extra: 1 },
        400,
        'VALIDATION_FAILED',
      ],
      [
        '/complaints',
        {
          storeId: s.chain.storeA.id,
          memberId: '01900000-0000-7000-8000-000000000000',
          category: 'other',
          description: 'x',
        },
        404,
        'MEMBER_NOT_FOUND',
      ],
      [
        '/complaints',
        { orderId: order.id, storeId: s.chain.storeB.id, category: 'other', description: 'x' },
        400,
        'VALIDATION_FAILED',
      ],
      [`/complaints/${c.id}/status`, { status: 'reopened' }, 400, 'VALIDATION_FAILED'],
      [`/complaints/${c.id}/notes`, { text: '' }, 400, 'VALIDATION_FAILED'],
      ['/complaints/01900000-0000-7000-8000-000000000000/notes', { text: 'x' }, 404, 'COMPLAINT_NOT_FOUND'],
      [
        '/follow-ups/01900000-0000-7000-8000-000000000000/close',
        { outcome: 'contacted' },
        404,
        'FOLLOW_UP_NOT_FOUND',
      ],
    ];
    for (const [url, body, status, code] of cases) {
      const before = await tenantDigest(t, s.chain.tenantId);
      const res = await post(s.owner, url, body);
      expect([url, res.statusCode, res.json().error?.code]).toEqual([url, status, code]);
      expect(await tenantDigest(t, s.chain.tenantId)).toBe(before);
    }
  });
});
