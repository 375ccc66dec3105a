import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest, makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, T0 } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { makeProduct } from '../../../test/products-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { runAutomations } from '../engagement/run-automations.ts';

let t: TestApp;
let seq = 0;
const key = (p = 'ap') => `${p}-${++seq}-${Date.now()}`;
const HOUR = 3_600_000;
/** T0 is Monday 2026-03-02 10:00 in Asia/Shanghai; tomorrow 10:00 local is T0 + 24 h. */
const at = (hoursFromT0: number) => new Date(T0.getTime() + hoursFromT0 * HOUR).toISOString();

beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

/** A fresh tenant per test: two stores, a 60-minute service, a member with a 3-session card for it. */
async function shop() {
  const code = `ap${++seq}`;
  const chain = await makeChain(t.db.db, code);
  const [owner, manager, cashier, cashierB, staff] = await Promise.all(
    ['owner', 'manager', 'cashier', 'cashierb', 'staff'].map((u) => t.signIn(u, code)),
  );
  const service = await makeProduct(t.db.db, chain.tenantId, {
    kind: 'service',
    sku: 'FACIAL',
    name: '面部护理',
    duration_minutes: 60,
    track_stock: 0,
  });
  const goods = await makeProduct(t.db.db, chain.tenantId, { name: '面膜' });
  const member = await makeMember(t.db.db, chain.tenantId, { homeStoreId: chain.storeA.id });
  const product = await t.request({
    method: 'POST',
    url: '/api/v1/card-products',
    cookie: owner!,
    body: {
      name: '护理3次卡',
      kind: 'counted',
      priceCents: 30_000,
      validity: 'days',
      validDays: 365,
      items: [{ itemCode: 'FACIAL', itemName: '面部护理', sessions: 3 }],
    },
  });
  expect(product.statusCode, product.body).toBe(201);
  const card = await t.request({
    method: 'POST',
    url: `/api/v1/members/${member.id}/cards`,
    cookie: cashier!,
    body: { cardProductId: product.json().id, storeId: chain.storeA.id, paymentMethod: 'cash' },
    headers: { 'idempotency-key': key('card') },
  });
  expect(card.statusCode, card.body).toBe(201);
  return {
    chain,
    owner: owner!,
    manager: manager!,
    cashier: cashier!,
    cashierB: cashierB!,
    staff: staff!,
    service,
    goods,
    member,
    cardId: card.json().id as string,
    staffId: chain.users.staff.id,
  };
}
type Shop = Awaited<ReturnType<typeof shop>>;

function book(
  s: Shop,
  body: Record<string, unknown>,
  cookie = s.cashier,
  headers: Record<string, string> = {},
) {
  return t.request({
    method: 'POST',
    url: '/api/v1/appointments',
    cookie,
    body: { storeId: s.chain.storeA.id, memberId: s.member.id, serviceId: s.service.id, ...body },
    headers,
  });
}
const act = (s: Shop, id: string, verb: 'arrive' | 'cancel' | 'no-show', cookie = s.cashier) =>
  t.request({
    method: 'POST',
    url: `/api/v1/appointments/${id}/${verb}`,
    cookie,
    ...(verb === 'cancel' ? { body: { reason: '临时有事' } } : {}),
  });
async function sessions(s: Shop) {
  const cards = (
    await t.request({ method: 'GET', url: `/api/v1/members/${s.member.id}/cards`, cookie: s.owner })
  ).json();
  const item = cards[0].items[0];
  return { left: item.sessionsLeft as number, reserved: item.sessionsReserved as number };
}
async function ledgerKinds(s: Shop, refId: string) {
  const rows = await t.db.db
    .selectFrom('card_session_ledger')
    .select(['kind', 'delta'])
    .where('tenant_id', '=', s.chain.tenantId)
    .where('ref_id', '=', refId)
    .orderBy('id')
    .execute();
  // Same clock in a test: ids do not order the rows, so compare as a set.
  return rows.map((r) => `${r.kind}:${r.delta}`).sort();
}
async function expectChecksClean() {
  const failed = (await runChecks(t.db)).filter((c) => !c.ok);
  expect(failed).toEqual([]);
}

describe(`appointments on ${TEST_DIALECT}`, () => {
  it('books a service with a person at a free slot, and lists it on the store’s day', async () => {
    const s = await shop();
    const res = await book(s, { staffUserId: s.staffId, startsAt: at(24), note: '靠窗' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'booked',
      serviceName: '面部护理',
      durationMinutes: 60,
      staffUserId: s.staffId,
      staffName: 'staff',
      memberName: s.member.name,
      startsAt: at(24),
      endsAt: at(25),
      session: 'none',
      note: '靠窗',
    });
    const day = await t.request({
      method: 'GET',
      url: `/api/v1/appointments?storeId=${s.chain.storeA.id}&from=${at(14)}&to=${at(38)}`,
      cookie: s.staff,
    });
    expect(day.statusCode, day.body).toBe(200);
    expect(day.json().map((a: { id: string }) => a.id)).toEqual([res.json().id]);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('tenant_id', '=', s.chain.tenantId)
      .where('entity_id', '=', res.json().id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['appointment.book']);
  });

  it('refuses the past, off-grid starts, closed hours, a person’s day off and non-services with stable codes', async () => {
    const s = await shop();
    const code = async (body: Record<string, unknown>) => {
      const r = await book(s, body);
      return `${r.statusCode} ${r.json().error?.code}`;
    };
    expect(await code({ startsAt: at(-1) })).toBe('409 APPOINTMENT_IN_PAST');
    expect(await code({ startsAt: at(24.25) })).toBe('400 APPOINTMENT_SLOT_INVALID');
    // 20:30 local + 60 min runs past the default 21:00 close; 07:00 is before opening.
    expect(await code({ startsAt: at(34.5) })).toBe('409 APPOINTMENT_OUTSIDE_HOURS');
    expect(await code({ startsAt: at(21) })).toBe('409 APPOINTMENT_OUTSIDE_HOURS');
    expect(await code({ startsAt: at(24), serviceId: s.goods.id })).toBe('409 APPOINTMENT_SERVICE_INVALID');
    expect(await code({ startsAt: at(24), staffUserId: s.chain.users.cashierB.id })).toBe(
      '404 STAFF_NOT_FOUND',
    );
    expect(await code({ startsAt: at(24 * 365) })).toBe('400 VALIDATION_FAILED');
    // The store closes on Tuesdays, and the person works Mondays only.
    const week = Array.from({ length: 7 }, () => ({ open: '09:00', close: '21:00' }));
    const save = await t.request({
      method: 'PUT',
      url: `/api/v1/stores/${s.chain.storeA.id}/appointment-schedule`,
      cookie: s.manager,
      body: {
        hours: week.map((d, i) => (i === 1 ? null : d)),
        slotMinutes: 30,
        staffCapacity: 1,
        storeCapacity: null,
        staffHours: [{ userId: s.staffId, hours: week.map((d, i) => (i === 0 ? d : null)) }],
      },
    });
    expect(save.statusCode, save.body).toBe(200);
    expect(await code({ startsAt: at(24) })).toBe('409 APPOINTMENT_OUTSIDE_HOURS'); // Tuesday
    expect(await code({ startsAt: at(48), staffUserId: s.staffId })).toBe('409 APPOINTMENT_OUTSIDE_HOURS'); // Wed, off
    expect((await book(s, { startsAt: at(48) })).statusCode).toBe(201); // Wed, anyone
    expect((await book(s, { startsAt: at(2), staffUserId: s.staffId })).statusCode).toBe(201); // Mon 12:00
    expect(await code({ startsAt: at(2.5), staffUserId: s.staffId })).toBe('409 APPOINTMENT_STAFF_BUSY'); // overlaps
    expect((await book(s, { startsAt: at(3), staffUserId: s.staffId })).statusCode).toBe(201); // right after
    await expectChecksClean();
  });

  it('counts the store’s capacity across people, and gives places back on cancel', async () => {
    const s = await shop();
    await t.request({
      method: 'PUT',
      url: `/api/v1/stores/${s.chain.storeA.id}/appointment-schedule`,
      cookie: s.owner,
      body: {
        hours: Array.from({ length: 7 }, () => ({ open: '08:00', close: '22:00' })),
        slotMinutes: 30,
        staffCapacity: 1,
        storeCapacity: 2,
      },
    });
    const first = await book(s, { startsAt: at(24), staffUserId: s.staffId });
    const second = await book(s, { startsAt: at(24.5) });
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    const third = await book(s, { startsAt: at(24.5) });
    expect(third.json().error.code).toBe('APPOINTMENT_STORE_FULL');
    expect((await act(s, second.json().id, 'cancel')).json()).toMatchObject({
      status: 'cancelled',
      cancelReason: '临时有事',
    });
    expect((await book(s, { startsAt: at(24.5) })).statusCode).toBe(201);
    await expectChecksClean();
  });

  it('lets exactly one of two desks take the last place of a slot', async () => {
    const s = await shop();
    const members = await Promise.all(
      [1, 2, 3, 4].map(() => makeMember(t.db.db, s.chain.tenantId, { homeStoreId: s.chain.storeA.id })),
    );
    const results = await Promise.all(
      members.map((m) => book(s, { memberId: m.id, staffUserId: s.staffId, startsAt: at(26) })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409))
      expect(r.json().error.code).toBe('APPOINTMENT_STAFF_BUSY');
    const counters = await t.db.db
      .selectFrom('appointment_slot_counts')
      .select(['resource', 'booked'])
      .where('tenant_id', '=', s.chain.tenantId)
      .where('resource', '=', s.staffId)
      .execute();
    expect(counters.map((c) => c.booked)).toEqual([1, 1]);
    const rows = await t.db.db
      .selectFrom('appointments')
      .select('id')
      .where('tenant_id', '=', s.chain.tenantId)
      .execute();
    expect(rows).toHaveLength(1);
    await expectChecksClean();
  });

  it('holds a card session on booking, uses exactly that one on arrival, and nobody can spend it meanwhile', async () => {
    const s = await shop();
    expect(await sessions(s)).toEqual({ left: 3, reserved: 0 });
    const a = await book(s, { startsAt: at(24), staffUserId: s.staffId, cardId: s.cardId });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({
      session: 'reserved',
      cardId: s.cardId,
      cardItemCode: 'FACIAL',
      cardName: '护理3次卡',
    });
    expect(await sessions(s)).toEqual({ left: 2, reserved: 1 });
    // Two more bookings hold the other two; the till then finds nothing to spend.
    const b = await book(s, { startsAt: at(26), cardId: s.cardId });
    const c = await book(s, { startsAt: at(27), cardId: s.cardId });
    expect([b.statusCode, c.statusCode]).toEqual([201, 201]);
    expect(await sessions(s)).toEqual({ left: 0, reserved: 3 });
    const d = await book(s, { startsAt: at(28), cardId: s.cardId });
    expect(d.json().error.code).toBe('NO_SESSIONS_LEFT');
    const till = await t.request({
      method: 'POST',
      url: `/api/v1/cards/${s.cardId}/consume`,
      cookie: s.cashier,
      body: { itemCode: 'FACIAL', storeId: s.chain.storeA.id },
      headers: { 'idempotency-key': key('use') },
    });
    expect(till.json().error.code).toBe('NO_SESSIONS_LEFT');
    // A card with held sessions is not refunded until they are settled.
    const refund = await t.request({
      method: 'POST',
      url: `/api/v1/cards/${s.cardId}/refund`,
      cookie: s.owner,
      body: { storeId: s.chain.storeA.id, reason: '退卡' },
      headers: { 'idempotency-key': key('refund') },
    });
    expect(refund.json().error?.code).toBe('CARD_HAS_RESERVATIONS');

    const arrived = await act(s, a.json().id, 'arrive');
    expect(arrived.json()).toMatchObject({ status: 'arrived', session: 'consumed' });
    expect(await sessions(s)).toEqual({ left: 0, reserved: 2 });
    expect(await ledgerKinds(s, a.json().id)).toEqual(['consume_reserved:0', 'reserve:-1']);
    // Settled once: a second arrival or a cancel after it changes nothing.
    expect((await act(s, a.json().id, 'arrive')).json().error.code).toBe('APPOINTMENT_NOT_BOOKED');
    expect((await act(s, a.json().id, 'cancel')).json().error.code).toBe('APPOINTMENT_NOT_BOOKED');
    expect(await sessions(s)).toEqual({ left: 0, reserved: 2 });

    const cancelled = await act(s, b.json().id, 'cancel');
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', session: 'released' });
    expect(await sessions(s)).toEqual({ left: 1, reserved: 1 });
    expect(await ledgerKinds(s, b.json().id)).toEqual(['release:1', 'reserve:-1']);
    await expectChecksClean();
  });

  it('two desks booking the card’s last session at once: one holds it, the other is refused', async () => {
    const s = await shop();
    expect((await book(s, { startsAt: at(24), cardId: s.cardId })).statusCode).toBe(201);
    expect((await book(s, { startsAt: at(25), cardId: s.cardId })).statusCode).toBe(201);
    expect(await sessions(s)).toEqual({ left: 1, reserved: 2 });
    const [x, y] = await Promise.all([
      book(s, { startsAt: at(26), cardId: s.cardId }),
      book(s, { startsAt: at(27), cardId: s.cardId }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([201, 409]);
    expect([x, y].find((r) => r.statusCode === 409)!.json().error.code).toBe('NO_SESSIONS_LEFT');
    expect(await sessions(s)).toEqual({ left: 0, reserved: 3 });
    await expectChecksClean();
  });

  it('cli check catches a slot counter or a reserved count that drifted from the bookings', async () => {
    const s = await shop();
    await book(s, { startsAt: at(24), staffUserId: s.staffId, cardId: s.cardId });
    await expectChecksClean();
    const bump = (n: number) =>
      t.db.db
        .updateTable('appointment_slot_counts')
        .set({ booked: n })
        .where('tenant_id', '=', s.chain.tenantId)
        .where('resource', '=', s.staffId)
        .execute();
    await bump(2);
    const reserved = (n: number) =>
      t.db.db
        .updateTable('member_card_items')
        .set({ sessions_reserved: n })
        .where('tenant_id', '=', s.chain.tenantId)
        .where('member_card_id', '=', s.cardId)
        .execute();
    await reserved(0);
    const failed = (await runChecks(t.db)).filter((c) => !c.ok).map((c) => c.name);
    await bump(1);
    await reserved(1);
    expect(failed).toEqual([
      'cards: reserved sessions equal reservations still held, within what was sold',
      'appointments: every slot counter equals the live bookings holding that slot',
    ]);
    await expectChecksClean();
  });

  it('a time card holds nothing countable but is used on arrival and released on cancel', async () => {
    const s = await shop();
    const product = await t.request({
      method: 'POST',
      url: '/api/v1/card-products',
      cookie: s.owner,
      body: {
        name: '护理月卡',
        kind: 'time',
        priceCents: 50_000,
        validity: 'days',
        validDays: 30,
        items: [{ itemCode: 'FACIAL', itemName: '面部护理', sessions: null }],
      },
    });
    const card = await t.request({
      method: 'POST',
      url: `/api/v1/members/${s.member.id}/cards`,
      cookie: s.cashier,
      body: { cardProductId: product.json().id, storeId: s.chain.storeA.id, paymentMethod: 'cash' },
      headers: { 'idempotency-key': key('card') },
    });
    const a = await book(s, { startsAt: at(24), cardId: card.json().id });
    const b = await book(s, { startsAt: at(26), cardId: card.json().id });
    expect([a.json().session, b.json().session]).toEqual(['reserved', 'reserved']);
    expect((await act(s, a.json().id, 'arrive')).json().session).toBe('consumed');
    expect((await act(s, b.json().id, 'cancel')).json().session).toBe('released');
    expect(await ledgerKinds(s, a.json().id)).toEqual(['consume_reserved:0', 'reserve:0']);
    expect(await ledgerKinds(s, b.json().id)).toEqual(['release:0', 'reserve:0']);
    await expectChecksClean();
  });

  it('a no-show gives the session back by default, and forfeits it when the tenant says so', async () => {
    const s = await shop();
    const a = await book(s, { startsAt: at(1), cardId: s.cardId });
    const b = await book(s, { startsAt: at(2), cardId: s.cardId });
    expect((await act(s, a.json().id, 'no-show')).json().error.code).toBe('APPOINTMENT_NOT_STARTED');
    t.clock.now = new Date(T0.getTime() + 3 * HOUR);
    try {
      const cashier = await t.signIn('cashier', s.chain.code);
      const owner = await t.signIn('owner', s.chain.code);
      expect((await act(s, a.json().id, 'no-show', cashier)).json()).toMatchObject({
        status: 'no_show',
        session: 'released',
      });
      const set = await t.request({
        method: 'PATCH',
        url: '/api/v1/settings',
        cookie: owner,
        body: { settings: { appointmentNoShowForfeitsSession: true } },
      });
      expect(set.statusCode, set.body).toBe(200);
      expect((await act(s, b.json().id, 'no-show', cashier)).json()).toMatchObject({
        status: 'no_show',
        session: 'forfeited',
      });
      const cards = (
        await t.request({ method: 'GET', url: `/api/v1/members/${s.member.id}/cards`, cookie: owner })
      ).json();
      expect(cards[0].items[0]).toMatchObject({ sessionsLeft: 2, sessionsReserved: 0 });
    } finally {
      t.clock.now = new Date(T0);
    }
    await expectChecksClean();
  });

  it('keeps a cashier to their own store', async () => {
    const s = await shop();
    const a = await book(s, { startsAt: at(24) });
    expect(a.statusCode).toBe(201);
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/appointments?storeId=${s.chain.storeA.id}&from=${at(0)}&to=${at(48)}`,
      cookie: s.cashierB,
    });
    expect(list.json().error.code).toBe('STORE_FORBIDDEN');
    const one = await t.request({
      method: 'GET',
      url: `/api/v1/appointments/${a.json().id}`,
      cookie: s.cashierB,
    });
    expect(one.statusCode).toBe(404);
    expect((await act(s, a.json().id, 'cancel', s.cashierB)).statusCode).toBe(404);
    expect((await book(s, { startsAt: at(25) }, s.cashierB)).json().error.code).toBe('STORE_FORBIDDEN');
    // Service staff read the calendar but do not book.
    expect((await book(s, { startsAt: at(25) }, s.staff)).json().error.code).toBe('FORBIDDEN');
    const schedule = await t.request({
      method: 'PUT',
      url: `/api/v1/stores/${s.chain.storeA.id}/appointment-schedule`,
      cookie: s.cashier,
      body: {
        hours: Array.from({ length: 7 }, () => null),
        slotMinutes: 30,
        staffCapacity: 1,
        storeCapacity: null,
      },
    });
    expect(schedule.statusCode).toBe(403);
    // The member's list shows only the stores one works in.
    const mine = await t.request({
      method: 'GET',
      url: `/api/v1/members/${s.member.id}/appointments`,
      cookie: s.cashier,
    });
    expect(mine.json().map((x: { id: string }) => x.id)).toEqual([a.json().id]);
    const theirs = await t.request({
      method: 'GET',
      url: `/api/v1/members/${s.member.id}/appointments`,
      cookie: s.cashierB,
    });
    expect(theirs.json()).toEqual([]);
    expect((await act(s, a.json().id, 'cancel')).statusCode).toBe(200);
  });

  it('bad input answers 4xx and writes nothing', async () => {
    const s = await shop();
    const before = await databaseDigest(t.db, ['sessions', 'rate_limits']);
    const bad: Record<string, unknown>[] = [
      { startsAt: 'tomorrow' },
      { startsAt: at(24), serviceId: 'nope' },
      { startsAt: at(24), extra: 1 },
      { startsAt: at(24), memberId: '019a0000-0000-7000-8000-000000000000' },
      { startsAt: at(24), serviceId: '019a0000-0000-7000-8000-000000000000' },
      { startsAt: at(24), cardId: '019a0000-0000-7000-8000-000000000000' },
      { startsAt: at(24), cardId: s.cardId, cardItemCode: 'NAILS' },
      { startsAt: at(24), storeId: '019a0000-0000-7000-8000-000000000000' },
    ];
    for (const body of bad) {
      const r = await book(s, body);
      expect(r.statusCode, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, r.body).toBeLessThan(500);
    }
    const schedules: unknown[] = [
      { hours: [], slotMinutes: 30, staffCapacity: 1, storeCapacity: null },
      {
        hours: Array.from({ length: 7 }, () => ({ open: '21:00', close: '09:00' })),
        slotMinutes: 30,
        staffCapacity: 1,
        storeCapacity: null,
      },
      {
        hours: Array.from({ length: 7 }, () => null),
        slotMinutes: 7,
        staffCapacity: 1,
        storeCapacity: null,
      },
      {
        hours: Array.from({ length: 7 }, () => null),
        slotMinutes: 30,
        staffCapacity: 1,
        storeCapacity: null,
        staffHours: [{ userId: s.chain.users.cashierB.id, hours: Array.from({ length: 7 }, () => null) }],
      },
    ];
    for (const body of schedules) {
      const r = await t.request({
        method: 'PUT',
        url: `/api/v1/stores/${s.chain.storeA.id}/appointment-schedule`,
        cookie: s.owner,
        body,
      });
      expect(r.statusCode, r.body).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, r.body).toBeLessThan(500);
    }
    expect(await databaseDigest(t.db, ['sessions', 'rate_limits'])).toBe(before);
  });

  it('a retried booking with the same Idempotency-Key books once', async () => {
    const s = await shop();
    const k = key('book');
    const first = await book(s, { startsAt: at(24), cardId: s.cardId }, s.cashier, { 'idempotency-key': k });
    const again = await book(s, { startsAt: at(24), cardId: s.cardId }, s.cashier, { 'idempotency-key': k });
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json().id).toBe(first.json().id);
    expect(await sessions(s)).toEqual({ left: 2, reserved: 1 });
  });
  it('reminds each booked appointment once, however often the automation runs', async () => {
    const s = await shop();
    const enable = await t.request({
      method: 'PUT',
      url: '/api/v1/engagement/automations/appointment_reminder',
      cookie: s.owner,
      body: { enabled: true, params: { hoursBefore: 24 } },
    });
    expect(enable.statusCode, enable.body).toBe(200);
    const soon = await book(s, { startsAt: at(5), staffUserId: s.staffId });
    const cancelled = await book(s, { startsAt: at(6) });
    await book(s, { startsAt: at(30) }); // beyond 24 hours: not yet
    expect((await act(s, cancelled.json().id, 'cancel')).statusCode).toBe(200);
    expect(await runAutomations(t.db.db, s.chain.tenantId, T0)).toMatchObject({ appointment_reminder: 1 });
    expect(await runAutomations(t.db.db, s.chain.tenantId, T0)).toMatchObject({ appointment_reminder: 0 });
    const later = new Date(T0.getTime() + HOUR);
    expect(await runAutomations(t.db.db, s.chain.tenantId, later)).toMatchObject({ appointment_reminder: 0 });
    const messages = await t.db.db
      .selectFrom('messages')
      .select(['member_id', 'template', 'body', 'purpose'])
      .where('tenant_id', '=', s.chain.tenantId)
      .execute();
    expect(messages).toEqual([
      {
        member_id: s.member.id,
        template: 'automation:appointment_reminder',
        purpose: 'transactional',
        body: `${s.member.name}，您预约的「面部护理」将于 03-02 15:00 在Store A开始，期待您的光临。`,
      },
    ]);
    const runs = await t.db.db
      .selectFrom('automation_runs')
      .select('event_key')
      .where('tenant_id', '=', s.chain.tenantId)
      .execute();
    expect(runs.map((r) => r.event_key)).toEqual([`appointment:${soon.json().id}`]);
  });
});
