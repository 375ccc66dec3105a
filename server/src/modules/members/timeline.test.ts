import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { sysCtx, T0 } from '../../../test/factories.ts';
import { feedbackShop, visit } from '../../../test/feedback-factory.ts';
import { key } from '../../../test/sales-factory.ts';
import { enqueueMessage } from '../engagement/enqueue-message.ts';
import { timelineQuery } from './member-timeline.ts';

let t: TestApp;

beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

describe(`member timeline on ${TEST_DIALECT}`, () => {
  it('shows the order, its refund, a message, a complaint and a rating in time order, page by page', async () => {
    t.clock.now = at(0);
    const s = await feedbackShop(t, 'tl1');
    const order = await visit(t, s, s.member.id);

    t.clock.now = at(1);
    await enqueueMessage(sysCtx(t.db.db, s.chain.tenantId, at(1)), {
      memberId: s.member.id,
      channel: 'inbox',
      purpose: 'transactional',
      template: 'test',
      subject: '感谢光临',
      body: '感谢光临，欢迎再来',
      sourceType: 'system',
    });

    t.clock.now = at(2);
    const manager = await t.signIn('manager', s.chain.code);
    const refund = await t.request({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/refunds`,
      cookie: manager,
      body: { till: 'T1', reason: '顾客不满意' },
      headers: { 'idempotency-key': key('tl-rf') },
    });
    expect(refund.statusCode, refund.body).toBe(201);

    t.clock.now = at(3);
    const complaint = await t.request({
      method: 'POST',
      url: '/api/v1/complaints',
      cookie: manager,
      body: { orderId: order.id, category: 'service', description: '剪得太短' },
    });
    expect(complaint.statusCode, complaint.body).toBe(201);

    t.clock.now = at(4);
    const rating = await t.request({
      method: 'POST',
      url: '/api/v1/feedback/ratings',
      cookie: manager,
      body: { orderId: order.id, score: 2, comment: '不太满意' },
    });
    expect(rating.statusCode, rating.body).toBe(201);

    const events: {
      source: string;
      kind: string;
      at: string;
      amount: number;
      refId: string;
      note: string;
    }[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/members/${s.member.id}/timeline?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        cookie: manager,
      });
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json();
      events.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);

    // Newest first; sorted by (at, id) descending with no event twice across pages.
    const keys = events.map((e) => `${e.at}|${e.source}|${e.refId}|${e.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    const visible = events.filter((e) =>
      ['order', 'refund', 'message', 'complaint', 'rating'].includes(e.source),
    );
    expect(visible.map((e) => [e.source, e.kind, e.at])).toEqual([
      ['rating', 'rated', at(4).toISOString()],
      ['complaint', 'new', at(3).toISOString()],
      ['refund', 'refund', at(2).toISOString()],
      ['message', 'sent', at(1).toISOString()],
      ['order', 'refunded', at(0).toISOString()],
    ]);
    const byKind = Object.fromEntries(visible.map((e) => [e.source, e]));
    expect(byKind.order).toMatchObject({ amount: 8_800, refId: order.id, note: order.orderNo });
    expect(byKind.refund).toMatchObject({
      amount: -8_800,
      refId: order.id,
      note: `${order.orderNo} · 顾客不满意`,
    });
    expect(byKind.message).toMatchObject({ note: '感谢光临，欢迎再来' });
    expect(byKind.complaint).toMatchObject({ note: '剪得太短', refId: complaint.json().id });
    expect(byKind.rating).toMatchObject({ amount: 2, note: '不太满意', refId: order.id });
  });

  it.skipIf(TEST_DIALECT !== 'sqlite')(
    'reads every part through an index on (tenant_id, member_id)',
    async () => {
      if (t.db.raw.kind !== 'sqlite') return;
      const q = timelineQuery(t.db.db, 'tenant', 'member', { at: T0.toISOString(), id: 'x' }, 31).compile();
      const plan = t.db.raw.sqlite
        .prepare(`explain query plan ${q.sql}`)
        .all(...(q.parameters as unknown[])) as {
        detail: string;
      }[];
      const details = plan.map((p) => p.detail);
      // No arm scans a table; each searches it by an index (refunds by their order, templates by key).
      expect(
        details.some((d) =>
          /^SEARCH r USING INDEX refunds_order_idx \(tenant_id=\? AND order_id=\?\)/.test(d),
        ),
      ).toBe(true);
      expect(details.filter((d) => /^SCAN (?!e\b|\(|SUBQUERY|CONSTANT)/.test(d))).toEqual([]);
      for (const table of [
        'stored_value_ledger',
        'points_ledger',
        'card_session_ledger',
        'member_level_history',
        'adjustment_requests',
        'orders',
        'messages',
        'complaints',
        'feedback_ratings',
        'follow_up_tasks',
        'coupons',
      ])
        expect(
          details.some((d) => d.includes(`USING INDEX ${table}_member_idx (tenant_id=? AND member_id=?`)),
          `${table}: ${details.join(' | ')}`,
        ).toBe(true);
    },
  );
});
