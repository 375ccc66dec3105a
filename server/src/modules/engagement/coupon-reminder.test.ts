import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { makeChain, sysCtx, T0 } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { issueCoupons } from '../coupons/issue-coupons.ts';
import { createCouponTemplate } from '../coupons/templates.ts';
import { runAutomations } from './run-automations.ts';

let t: TestApp;
const DAY = 86_400_000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);

beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

function template(tenantId: string, name: string, validDays: number) {
  return createCouponTemplate(sysCtx(t.db.db, tenantId), {
    name,
    kind: 'fixed',
    value: 1000,
    maxOffCents: null,
    thresholdCents: 0,
    scope: 'all',
    scopeIds: [],
    storeIds: [],
    validity: 'days',
    validFrom: null,
    validUntil: null,
    validDays,
    perMemberLimit: 0,
    totalStock: null,
  });
}

describe('coupon-expiring reminder', () => {
  it('reminds each unused coupon once within N days of expiry; redeemed, far-off and opted-out are left alone', async () => {
    const chain = await makeChain(t.db.db, 'cpr');
    const tid = chain.tenantId;
    const owner = await t.signIn('owner', 'cpr');
    const soon = await template(tid, '立减10元', 5);
    const far = await template(tid, '季度券', 90);
    const li = await makeMember(t.db.db, tid, { name: '李娜', smsConsent: true });
    const no = await makeMember(t.db.db, tid, { name: '周杰', smsConsent: false });
    const issue = (templateId: string, memberIds: string[]) =>
      issueCoupons(sysCtx(t.db.db, tid), {
        templateId,
        memberIds,
        source: 'manual',
        sourceRef: 'test',
        mode: 'all',
      });
    // Two coupons for 李娜 that expire in 5 days, one that expires in 90; one for 周杰.
    const [c1] = await issue(soon.id, [li.id]);
    const [c2] = await issue(soon.id, [li.id]);
    await issue(far.id, [li.id]);
    await issue(soon.id, [no.id]);
    // c2 is used already: nothing to remind.
    await t.db.db
      .updateTable('coupons')
      .set({ status: 'redeemed', redeemed_at: T0.toISOString() })
      .where('tenant_id', '=', tid)
      .where('id', '=', c2!.id)
      .execute();

    const res = await t.request({
      method: 'PUT',
      url: '/api/v1/engagement/automations/coupon_expiring',
      cookie: owner,
      body: { enabled: true, params: { daysBefore: 3 } },
    });
    expect(res.statusCode, res.body).toBe(200);

    // 2 days on, expiry is 3 days away: inside the window.
    expect((await runAutomations(t.db.db, tid, at(1))).coupon_expiring).toBe(0);
    expect((await runAutomations(t.db.db, tid, at(2))).coupon_expiring).toBe(2);
    // Hourly runs after that reach nobody again.
    expect((await runAutomations(t.db.db, tid, at(2.5))).coupon_expiring).toBe(0);
    expect((await runAutomations(t.db.db, tid, at(4))).coupon_expiring).toBe(0);

    const rows = await t.db.db
      .selectFrom('messages')
      .select(['member_id', 'status', 'reason', 'body', 'purpose'])
      .where('tenant_id', '=', tid)
      .where('source_id', '=', 'coupon_expiring')
      .execute();
    expect(rows).toHaveLength(2);
    const toLi = rows.find((r) => r.member_id === li.id)!;
    expect(toLi).toMatchObject({ status: 'queued', purpose: 'marketing' });
    expect(toLi.body).toBe('李娜，您的优惠券「立减10元」将在 3 天内到期，欢迎到店使用。 回T退订');
    // A coupon nudge is marketing: no consent, no message.
    expect(rows.find((r) => r.member_id === no.id)).toMatchObject({
      status: 'skipped',
      reason: 'no_consent',
    });
    const runs = await t.db.db
      .selectFrom('automation_runs')
      .select(['member_id', 'event_key'])
      .where('tenant_id', '=', tid)
      .where('kind', '=', 'coupon_expiring')
      .execute();
    expect(runs.map((r) => r.event_key)).toContain(`coupon:${c1!.id}`);
  });
});
