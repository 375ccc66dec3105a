import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { insertOrder } from '../../../test/engagement-factory.ts';
import { makeChain, sysCtx, T0 } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { createCouponTemplate } from '../coupons/templates.ts';
import type { CampaignReport } from './campaign-report.ts';
import { testSmsProvider } from './channels.ts';
import { runDueCampaigns } from './run-campaign.ts';
import { sendQueuedMessages } from './send-queued-messages.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let owner: string;
const m: Record<string, string> = {};

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db, 'camp');
  const tid = chain.tenantId;
  // vip members: two with SMS consent, one without; one more outside the segment.
  m.a = (await makeMember(t.db.db, tid, { name: '阿甲', tags: ['vip'], smsConsent: true })).id;
  m.b = (await makeMember(t.db.db, tid, { name: '阿乙', tags: ['vip'], smsConsent: true })).id;
  m.c = (await makeMember(t.db.db, tid, { name: '阿丙', tags: ['vip'], smsConsent: false })).id;
  m.d = (await makeMember(t.db.db, tid, { name: '阿丁', tags: [], smsConsent: true })).id;
  owner = await t.signIn('owner', 'camp');
});
afterAll(() => t.close());

async function segment(rules: object) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/engagement/segments',
    cookie: owner,
    body: { name: `seg-${Math.random()}`, rules },
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: string }).id;
}

async function report(id: string): Promise<CampaignReport> {
  const res = await t.request({
    method: 'GET',
    url: `/api/v1/engagement/campaigns/${id}/report`,
    cookie: owner,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CampaignReport;
}

const messagesOf = (campaignId: string) =>
  t.db.db
    .selectFrom('messages')
    .select(['member_id', 'status', 'reason', 'body'])
    .where('tenant_id', '=', chain.tenantId)
    .where('source_id', '=', campaignId)
    .execute();

describe('campaigns', () => {
  it('sends now to a segment, records each member’s outcome and reports it', async () => {
    const segmentId = await segment({ tagsAny: ['vip'] });
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/engagement/campaigns',
      cookie: owner,
      body: { name: '春季回馈', segmentId, channel: 'sms', body: '{{name}}，会员日全场 9 折' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const campaign = res.json() as { id: string; status: string; audience: number };
    expect(campaign).toMatchObject({ status: 'done', audience: 3 });
    const rows = await messagesOf(campaign.id);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.member_id === m.c)).toMatchObject({ status: 'skipped', reason: 'no_consent' });
    expect(rows.find((r) => r.member_id === m.a)).toMatchObject({
      status: 'queued',
      body: '阿甲，会员日全场 9 折 回T退订',
    });
    expect(rows.some((r) => r.member_id === m.d)).toBe(false);
    expect(await report(campaign.id)).toMatchObject({
      recipients: 3,
      queued: 2,
      sent: 0,
      skipped: { noConsent: 1, frequencyCap: 0, other: 0 },
      coupons: null,
    });
    await sendQueuedMessages(t.db.db, chain.tenantId, { sms: testSmsProvider, email: null }, t.clock.now);
    expect(await report(campaign.id)).toMatchObject({ recipients: 3, queued: 0, sent: 2 });
    // Running it again reaches nobody twice.
    expect(await runDueCampaigns(t.db.db, chain.tenantId, t.clock.now)).toBe(0);
    expect(await messagesOf(campaign.id)).toHaveLength(3);
  });

  it('runs a scheduled campaign once when due, with coupons, and reports redemption revenue', async () => {
    const segmentId = await segment({ tagsAny: ['vip'], smsConsent: true });
    const template = await createCouponTemplate(sysCtx(t.db.db, chain.tenantId), {
      name: '满100减20',
      kind: 'threshold',
      value: 2000,
      maxOffCents: null,
      thresholdCents: 10_000,
      scope: 'all',
      scopeIds: [],
      storeIds: [],
      validity: 'days',
      validFrom: null,
      validUntil: null,
      validDays: 30,
      perMemberLimit: 1,
      totalStock: 100,
    });
    const at = new Date(T0.getTime() + 3_600_000).toISOString();
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/engagement/campaigns',
      cookie: owner,
      body: {
        name: '周末券',
        segmentId,
        channel: 'inbox',
        body: '送您一张满减券',
        couponTemplateId: template.id,
        scheduledAt: at,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const campaign = res.json() as { id: string; status: string };
    expect(campaign.status).toBe('scheduled');
    expect(await runDueCampaigns(t.db.db, chain.tenantId, T0)).toBe(0);
    const later = new Date(T0.getTime() + 2 * 3_600_000);
    // Two nodes at once: one claims the campaign.
    const runs = await Promise.all([
      runDueCampaigns(t.db.db, chain.tenantId, later),
      runDueCampaigns(t.db.db, chain.tenantId, later),
    ]);
    expect(runs[0]! + runs[1]!).toBe(1);
    const coupons = await t.db.db
      .selectFrom('coupons')
      .select(['id', 'member_id'])
      .where('tenant_id', '=', chain.tenantId)
      .where('source_ref', '=', campaign.id)
      .execute();
    expect(coupons.map((c) => c.member_id).sort()).toEqual([m.a, m.b].sort());
    // One member redeems and spends within the report window.
    const redeemed = coupons.find((c) => c.member_id === m.a)!;
    await t.db.db
      .updateTable('coupons')
      .set({ status: 'redeemed', redeemed_at: later.toISOString() })
      .where('tenant_id', '=', chain.tenantId)
      .where('id', '=', redeemed.id)
      .execute();
    await insertOrder(t.db.db, chain.tenantId, chain.storeA.id, m.a!, new Date(later.getTime() + 3_600_000), {
      totalCents: 12_000,
    });
    const r = await report(campaign.id);
    expect(r).toMatchObject({ recipients: 2, sent: 2 });
    expect(r.coupons).toEqual({
      issued: 2,
      notIssued: 0,
      redeemed: 1,
      redeemers: 1,
      redeemerRevenueCents: 12_000,
    });
    const inbox = await t.request({ method: 'GET', url: `/api/v1/members/${m.a}/inbox`, cookie: owner });
    expect(inbox.json()).toMatchObject({ unread: 1, items: [{ body: '送您一张满减券', read: false }] });
  });

  it('cancels a scheduled campaign; refuses to cancel twice and unknown segments', async () => {
    const segmentId = await segment({});
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/engagement/campaigns',
      cookie: owner,
      body: { name: 'later', segmentId, channel: 'sms', body: 'x', scheduledAt: '2030-01-01T00:00:00Z' },
    });
    const id = (res.json() as { id: string }).id;
    const url = `/api/v1/engagement/campaigns/${id}/cancel`;
    expect((await t.request({ method: 'POST', url, cookie: owner })).statusCode).toBe(200);
    const again = await t.request({ method: 'POST', url, cookie: owner });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CAMPAIGN_NOT_SCHEDULED');
    const missing = await t.request({
      method: 'POST',
      url: '/api/v1/engagement/campaigns',
      cookie: owner,
      body: { name: 'x', segmentId: '00000000-0000-7000-8000-000000000000', channel: 'sms', body: 'x' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('SEGMENT_NOT_FOUND');
  });

  it('lists the message log with filters', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/engagement/messages?status=skipped&channel=sms',
      cookie: owner,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: { status: string; reason: string; memberName: string }[] };
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((i) => i.status === 'skipped')).toBe(true);
    expect(body.items[0]).toMatchObject({ reason: 'no_consent', memberName: '阿丙' });
  });
});
