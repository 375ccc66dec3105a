import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { insertLevel } from '../../../test/engagement-factory.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { key, makeRichMember, makeShop } from '../../../test/sales-factory.ts';
import { enqueueMessage } from '../engagement/enqueue-message.ts';
import { lastTestSms } from '../engagement/messages.ts';
import { searchMembers } from '../members/search-members.ts';
import { MAX_WRONG_ATTEMPTS } from './sign-in-codes.ts';

let t: TestApp;
let shop: Awaited<ReturnType<typeof makeShop>>;
let tenantId: string;
let phoneSeq = 0;
const TENANT = 'portal';
const MINUTE = 60_000;

beforeAll(async () => {
  t = await makeTestApp();
  shop = await makeShop(t, TENANT);
  tenantId = shop.chain.tenantId;
  // A second merchant, so the merchant code is needed and tenants stay apart.
  await makeChain(t.db.db, 'portal2');
});
afterAll(() => t.close());

/** A phone nobody has used yet in this file. */
const newPhone = () => `137${String(10_000_000 + ++phoneSeq).slice(-8)}`;
const tick = (ms: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
};

function call(opts: {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  cookie?: string;
  body?: unknown;
  ip?: string;
}) {
  return t.app.inject({
    method: opts.method,
    url: opts.url,
    remoteAddress: opts.ip ?? '10.0.0.1',
    headers: {
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    payload: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
}

const askCode = (phone: string, ip?: string, tenant = TENANT) =>
  call({ method: 'POST', url: '/api/v1/portal/otp', body: { tenant, phone }, ip });

const verify = (phone: string, code: string, extra: Record<string, unknown> = {}, ip?: string) =>
  call({
    method: 'POST',
    url: '/api/v1/portal/session',
    body: { tenant: TENANT, phone, code, ...extra },
    ip,
  });

/** The code the test SMS provider recorded, read back from the message log. */
async function smsCode(phone: string): Promise<string> {
  const body = await lastTestSms(sysCtx(t.db.db, tenantId, t.clock.now), phone);
  const code = /验证码是 (\d{6})/.exec(body ?? '')?.[1];
  if (!code) throw new Error(`no code in ${body}`);
  return code;
}

function cookieOf(res: Awaited<ReturnType<typeof call>>): string {
  const c = res.cookies.find((x) => x.name === 'md_msid');
  if (!c) throw new Error(`no member cookie: ${res.statusCode} ${res.body}`);
  return `md_msid=${c.value}`;
}

/** Asks for a code (moving the clock past the resend pause) and signs in with it. */
async function signIn(phone: string, extra: Record<string, unknown> = {}, ip?: string) {
  tick(2 * MINUTE);
  const asked = await askCode(phone, ip);
  expect(asked.statusCode, asked.body).toBe(200);
  const res = await verify(phone, await smsCode(phone), extra, ip);
  expect(res.statusCode, res.body).toBe(200);
  return { cookie: cookieOf(res), ...(res.json() as { memberId: string; joined: boolean }) };
}

const codeRow = (phone: string) =>
  t.db.db
    .selectFrom('portal_codes')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('phone', '=', phone)
    .executeTakeFirstOrThrow();

const sessionsOf = (memberId: string) =>
  t.db.db
    .selectFrom('member_sessions')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('member_id', '=', memberId)
    .execute();

describe(`member portal sign-in on ${TEST_DIALECT}`, () => {
  it('the code from the SMS signs in; an unknown phone joins with its consent and home store', async () => {
    const phone = newPhone();
    const asked = await askCode(phone);
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toEqual({ expiresInSeconds: 300, resendAfterSeconds: 60 });
    const sms = await t.db.db
      .selectFrom('messages')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('recipient', '=', phone)
      .execute();
    expect(sms.map((m) => [m.channel, m.purpose, m.status, m.provider, m.member_id])).toEqual([
      ['sms', 'transactional', 'sent', 'test', null],
    ]);
    const code = await smsCode(phone);
    // Only a salted hash is stored.
    const row = await codeRow(phone);
    expect(Object.values(row)).not.toContain(code);
    expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);

    const res = await verify(phone, code, { storeCode: 'B', name: '新来的', smsConsent: true });
    expect(res.statusCode, res.body).toBe(200);
    const { memberId, joined } = res.json();
    expect(joined).toBe(true);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^md_msid=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    const member = await t.db.db
      .selectFrom('members')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow();
    expect([
      member.name,
      member.phone,
      member.home_store_id,
      member.sms_consent,
      member.email_consent,
    ]).toEqual(['新来的', phone, shop.chain.storeB.id, 1, 0]);
    const me = await call({ method: 'GET', url: '/api/v1/portal/me', cookie: cookieOf(res) });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().profile).toMatchObject({ id: memberId, name: '新来的', phone, smsConsent: true });

    // Single use: the same code again is refused and opens nothing.
    const again = await verify(phone, code);
    expect([again.statusCode, again.json().error.code]).toEqual([401, 'OTP_EXPIRED']);
    expect(await sessionsOf(memberId)).toHaveLength(1);
  });

  it('a member signs in as themselves: no second member, consent flags of a join are ignored', async () => {
    const m = await makeMember(t.db.db, tenantId, { name: '老会员', phone: newPhone(), smsConsent: false });
    const s = await signIn(m.phone!, { smsConsent: true, name: '别名' });
    expect([s.memberId, s.joined]).toEqual([m.id, false]);
    const row = await t.db.db
      .selectFrom('members')
      .select(['name', 'sms_consent'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: '老会员', sms_consent: 0 });
  });

  it('five wrong codes kill the code: the right one is refused after them', async () => {
    const phone = newPhone();
    tick(2 * MINUTE);
    await askCode(phone, '10.0.1.1');
    const code = await smsCode(phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const left: number[] = [];
    for (let i = 0; i < MAX_WRONG_ATTEMPTS; i++) {
      const res = await verify(phone, wrong, {}, '10.0.1.1');
      expect([res.statusCode, res.json().error.code]).toEqual([401, 'OTP_INVALID']);
      left.push(res.json().error.details.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    const dead = await verify(phone, code, {}, '10.0.1.1');
    expect([dead.statusCode, dead.json().error.code]).toEqual([401, 'OTP_EXPIRED']);
    expect((await codeRow(phone)).attempts).toBe(5);
    expect((await codeRow(phone)).consumed_at).toBeNull();
  });

  it('a code lives five minutes', async () => {
    const early = newPhone();
    const late = newPhone();
    tick(2 * MINUTE);
    await askCode(early);
    await askCode(late);
    tick(5 * MINUTE - 1_000);
    expect((await verify(early, await smsCode(early))).statusCode).toBe(200);
    tick(1_000);
    const res = await verify(late, await smsCode(late));
    expect([res.statusCode, res.json().error.code]).toEqual([401, 'OTP_EXPIRED']);
  });

  it('a new code waits 60 s, then replaces the old one', async () => {
    const phone = newPhone();
    tick(2 * MINUTE);
    await askCode(phone);
    const first = await smsCode(phone);
    const soon = await askCode(phone);
    expect([soon.statusCode, soon.json().error.code, soon.json().error.details]).toEqual([
      429,
      'OTP_TOO_SOON',
      { retryAfterSeconds: 60 },
    ]);
    tick(30_000);
    expect((await askCode(phone)).json().error.details).toEqual({ retryAfterSeconds: 30 });
    tick(30_000);
    expect((await askCode(phone)).statusCode).toBe(200);
    const second = await smsCode(phone);
    const sent = await t.db.db
      .selectFrom('messages')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('recipient', '=', phone)
      .execute();
    expect(sent).toHaveLength(2);
    if (first !== second) {
      const old = await verify(phone, first);
      expect(old.json().error.code).toBe('OTP_INVALID');
    }
    expect((await verify(phone, second)).statusCode).toBe(200);
  });

  it('throttles codes per phone: five an hour', async () => {
    const phone = newPhone();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      tick(61_000);
      // Each from its own address: the phone's own limit is what stops the sixth.
      statuses.push((await askCode(phone, `10.0.2.${i}`)).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    tick(61_000);
    const locked = await askCode(phone, '10.0.2.99');
    expect(locked.json().error.code).toBe('RATE_LIMITED');
    const sent = await t.db.db
      .selectFrom('messages')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('recipient', '=', phone)
      .execute();
    expect(sent).toHaveLength(5);
    tick(61 * MINUTE);
    expect((await askCode(phone, '10.0.2.100')).statusCode).toBe(200);
  });

  it('throttles one address: twenty requests an hour, wrong codes included', async () => {
    tick(2 * MINUTE);
    const ip = '10.0.3.1';
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await askCode(newPhone(), ip)).statusCode);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(200));
    expect(statuses[20]).toBe(429);
    // Locked out: not even a right code gets through from there, but another address is served.
    const phone = newPhone();
    await askCode(phone, '10.0.3.2');
    const blocked = await verify(phone, await smsCode(phone), {}, ip);
    expect([blocked.statusCode, blocked.json().error.code]).toEqual([429, 'RATE_LIMITED']);
    expect((await verify(phone, await smsCode(phone), {}, '10.0.3.2')).statusCode).toBe(200);

    // Wrong codes count against the address too.
    tick(61 * MINUTE);
    const guesser = '10.0.3.3';
    const victims = Array.from({ length: 4 }, newPhone);
    for (const p of victims) await askCode(p, '10.0.3.4');
    const answers: string[] = [];
    for (const p of victims)
      for (let i = 0; i < 5; i++) answers.push((await verify(p, '999999', {}, guesser)).json().error.code);
    expect(answers).toEqual(Array(20).fill('OTP_INVALID'));
    const fresh = newPhone();
    await askCode(fresh, '10.0.3.4');
    const after = await verify(fresh, await smsCode(fresh), {}, guesser);
    expect(after.json().error.code).toBe('RATE_LIMITED');
  });

  it('answers a member’s phone and a stranger’s alike', async () => {
    const m = await makeMember(t.db.db, tenantId, { phone: newPhone() });
    const stranger = newPhone();
    tick(2 * MINUTE);
    const a = await askCode(m.phone!, '10.0.4.1');
    const b = await askCode(stranger, '10.0.4.2');
    expect([a.statusCode, a.body]).toEqual([b.statusCode, b.body]);
    const wa = await verify(m.phone!, '000000', {}, '10.0.4.1');
    const wb = await verify(stranger, '000000', {}, '10.0.4.2');
    const strip = (r: typeof wa) => ({ status: r.statusCode, error: r.json().error });
    if ((await smsCode(m.phone!)) !== '000000' && (await smsCode(stranger)) !== '000000')
      expect(strip(wa)).toEqual(strip(wb));
    const none = await verify(newPhone(), '123456', {}, '10.0.4.3');
    expect([none.statusCode, none.json().error.code]).toEqual([401, 'OTP_EXPIRED']);
  });

  it('two sign-ins racing with one code: exactly one session', async () => {
    const m = await makeMember(t.db.db, tenantId, { phone: newPhone() });
    tick(2 * MINUTE);
    await askCode(m.phone!);
    const code = await smsCode(m.phone!);
    const results = await Promise.all([verify(m.phone!, code), verify(m.phone!, code)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
    expect(await sessionsOf(m.id)).toHaveLength(1);

    // Racing joins of a new phone make one member, not two.
    const phone = newPhone();
    tick(2 * MINUTE);
    await askCode(phone);
    const joinCode = await smsCode(phone);
    const joins = await Promise.all([verify(phone, joinCode), verify(phone, joinCode)]);
    expect(joins.map((r) => r.statusCode).sort()).toEqual([200, 401]);
    const members = await t.db.db
      .selectFrom('members')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('phone', '=', phone)
      .execute();
    expect(members).toHaveLength(1);
  });

  it('a session slides 30 days idle up to 90 days, and signing out ends it', async () => {
    const s = await signIn(newPhone());
    const me = () => call({ method: 'GET', url: '/api/v1/portal/me', cookie: s.cookie });
    for (let i = 0; i < 3; i++) {
      tick(29 * 86_400_000);
      expect((await me()).statusCode).toBe(200);
    }
    tick(3 * 86_400_000);
    const expired = await me();
    expect([expired.statusCode, expired.json().error.code]).toEqual([401, 'SESSION_EXPIRED']);
    expect(await sessionsOf(s.memberId)).toHaveLength(0);

    const idle = await signIn(newPhone());
    tick(30 * 86_400_000);
    expect((await call({ method: 'GET', url: '/api/v1/portal/me', cookie: idle.cookie })).statusCode).toBe(
      401,
    );

    const out = await signIn(newPhone());
    const bye = await call({ method: 'DELETE', url: '/api/v1/portal/session', cookie: out.cookie });
    expect(bye.statusCode, bye.body).toBe(200);
    expect((await call({ method: 'GET', url: '/api/v1/portal/me', cookie: out.cookie })).statusCode).toBe(
      401,
    );
  });
});

describe(`member portal data on ${TEST_DIALECT}`, () => {
  let a: { id: string; cookie: string; phone: string };
  let b: { id: string; cookie: string; phone: string; name: string; qrToken: string };
  let bSecrets: string[];
  let aOrder: { id: string; totalCents: number; pointsEarned: number };

  beforeAll(async () => {
    // The sign-in tests moved the clock past the staff sessions' lifetime.
    shop.owner = await t.signIn('owner', TENANT);
    shop.manager = await t.signIn('manager', TENANT);
    shop.cashier = await t.signIn('cashier', TENANT);
    await insertLevel(t.db.db, tenantId, 1, '银卡');
    await insertLevel(t.db.db, tenantId, 2, '金卡');
    const memberA = await makeRichMember(t, shop);
    const memberB = await makeRichMember(t, shop);
    const sale = (memberId: string, productId: string, cents: number) =>
      t.request({
        method: 'POST',
        url: '/api/v1/orders',
        cookie: shop.cashier,
        body: {
          storeId: shop.chain.storeA.id,
          till: 'T1',
          memberId,
          lines: [{ productId, qty: 1 }],
          payments: [{ method: 'cash', amountCents: cents, tenderedCents: cents }],
        },
        headers: { 'idempotency-key': key('portal') },
      });
    const sa = await sale(memberA.id, shop.shampoo.id, 6_800);
    expect(sa.statusCode, sa.body).toBe(201);
    aOrder = sa.json();
    const sb = await sale(memberB.id, shop.haircut.id, 8_800);
    expect(sb.statusCode, sb.body).toBe(201);
    const template = await t.request({
      method: 'POST',
      url: '/api/v1/coupon-templates',
      cookie: shop.owner,
      body: {
        name: '满100减10',
        kind: 'threshold',
        value: 1_000,
        maxOffCents: null,
        thresholdCents: 10_000,
        scope: 'all',
        scopeIds: [],
        storeIds: [],
        validity: 'days',
        validFrom: null,
        validUntil: null,
        validDays: 30,
        perMemberLimit: 0,
        totalStock: null,
      },
    });
    expect(template.statusCode, template.body).toBe(201);
    const issue = (memberId: string, count: number) =>
      t.request({
        method: 'POST',
        url: `/api/v1/members/${memberId}/coupons`,
        cookie: shop.manager,
        body: { templateId: template.json().id, count },
      });
    expect((await issue(memberA.id, 2)).statusCode).toBe(201);
    const bCoupons = (await issue(memberB.id, 1)).json() as { id: string; code: string }[];
    const ctx = sysCtx(t.db.db, tenantId, t.clock.now);
    await enqueueMessage(ctx, {
      memberId: memberA.id,
      channel: 'inbox',
      purpose: 'transactional',
      template: 'test',
      subject: '甲的消息',
      body: '给甲',
      sourceType: 'system',
    });
    await enqueueMessage(ctx, {
      memberId: memberB.id,
      channel: 'inbox',
      purpose: 'transactional',
      template: 'test',
      subject: '乙的私信',
      body: '只给乙看的内容',
      sourceType: 'system',
    });
    const bInbox = await t.db.db
      .selectFrom('member_inbox')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('member_id', '=', memberB.id)
      .executeTakeFirstOrThrow();
    const bRecharge = await t.db.db
      .selectFrom('recharges')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('member_id', '=', memberB.id)
      .executeTakeFirstOrThrow();
    const sa2 = await signIn(memberA.phone!);
    const sb2 = await signIn(memberB.phone!);
    a = { id: memberA.id, cookie: sa2.cookie, phone: memberA.phone! };
    b = {
      id: memberB.id,
      cookie: sb2.cookie,
      phone: memberB.phone!,
      name: memberB.name,
      qrToken: memberB.qrToken,
    };
    bSecrets = [
      memberB.id,
      memberB.phone!,
      memberB.qrToken,
      sb.json().id,
      sb.json().orderNo,
      bRecharge.id,
      ...bCoupons.map((c) => c.code),
      bInbox.id,
      '乙的私信',
      '只给乙看的内容',
    ];
    idsOfB = { '/api/v1/portal/orders/:id': sb.json().id, '/api/v1/portal/inbox/:id/read': bInbox.id };
  });
  let idsOfB: Record<string, string> = {};

  it('my account: stored value, points, coupons, level progress, orders, recharges, inbox', async () => {
    const me = (await call({ method: 'GET', url: '/api/v1/portal/me', cookie: a.cookie })).json();
    expect(me.storedValue).toEqual({ principalCents: 100_000, bonusCents: 20_000, totalCents: 120_000 });
    expect(me.points.balance).toBe(aOrder.pointsEarned);
    expect(me.coupons).toEqual({ usable: 2, used: 0, expired: 0 });
    expect(me.inboxUnread).toBe(1);
    // Level basis: cumulative spend (6 800 fen); 银卡 needs 100 000, 金卡 200 000.
    expect(me.level).toMatchObject({
      basis: 'spend',
      total: 6_800,
      current: null,
      next: { name: '银卡', threshold: 100_000 },
      toNext: 93_200,
    });
    expect(me.profile.phone).toBe(a.phone);

    const orders = (await call({ method: 'GET', url: '/api/v1/portal/orders', cookie: a.cookie })).json();
    expect(orders.items.map((o: { id: string; totalCents: number }) => [o.id, o.totalCents])).toEqual([
      [aOrder.id, 6_800],
    ]);
    const receipt = await call({
      method: 'GET',
      url: `/api/v1/portal/orders/${aOrder.id}`,
      cookie: a.cookie,
    });
    expect(receipt.json()).toMatchObject({
      totalCents: 6_800,
      lines: [{ name: '洗发水', qty: 1, totalCents: 6_800 }],
      payments: [{ method: 'cash', amountCents: 6_800 }],
    });
    const recharges = (
      await call({ method: 'GET', url: '/api/v1/portal/recharges?limit=1', cookie: a.cookie })
    ).json();
    expect(
      recharges.items.map((r: { principalCents: number; bonusCents: number }) => [
        r.principalCents,
        r.bonusCents,
      ]),
    ).toEqual([[100_000, 20_000]]);
    expect(recharges.nextCursor).toBeNull();
    const coupons = (await call({ method: 'GET', url: '/api/v1/portal/coupons', cookie: a.cookie })).json();
    expect(coupons.usable).toHaveLength(2);
    expect(coupons.usable[0].code).toMatch(/\S/);
    const inbox = (await call({ method: 'GET', url: '/api/v1/portal/inbox', cookie: a.cookie })).json();
    expect(inbox.items.map((i: { title: string }) => i.title)).toEqual(['甲的消息']);
  });

  it('member A never reads or changes member B’s data, on every portal route', async () => {
    const portal = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1/portal') && r.method !== 'HEAD');
    // Only sign-in is open; everything else needs a member session.
    expect(
      portal
        .filter((r) => r.auth === 'public')
        .map((r) => `${r.method} ${r.url}`)
        .sort(),
    ).toEqual(['POST /api/v1/portal/otp', 'POST /api/v1/portal/session']);
    const memberRoutes = portal.filter((r) => r.auth === 'member');
    expect(portal.length - memberRoutes.length).toBe(2);
    expect(memberRoutes.length).toBeGreaterThanOrEqual(9);
    const bodies: Record<string, unknown> = {
      'PATCH /api/v1/portal/profile': { name: '甲改名' },
    };
    const bRowBefore = await t.db.db
      .selectFrom('members')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', b.id)
      .executeTakeFirstOrThrow();
    const bInboxBefore = await t.db.db
      .selectFrom('member_inbox')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('member_id', '=', b.id)
      .execute();
    // Signing out last, so every other route runs with A's live session.
    const ordered = [...memberRoutes].sort(
      (x, y) => Number(x.method === 'DELETE') - Number(y.method === 'DELETE'),
    );
    for (const route of ordered) {
      const name = `${route.method} ${route.url}`;
      let url = route.url;
      if (url.includes(':')) {
        const id = idsOfB[route.url];
        if (!id) throw new Error(`${name}: add one of member B's ids for it to idsOfB`);
        url = url.replace(/:\w+/, id);
      }
      const res = await call({
        method: route.method as 'GET',
        url,
        cookie: a.cookie,
        body: route.method === 'GET' || route.method === 'DELETE' ? undefined : (bodies[name] ?? {}),
      });
      expect(res.statusCode, `${name}: ${res.body}`).toBeLessThan(500);
      if (route.url.includes(':')) expect(res.statusCode, name).toBe(404);
      // (An error may echo the id the request itself carried.)
      for (const secret of bSecrets.filter((s) => !url.includes(s)))
        expect(res.body, `${name} leaks ${secret}`).not.toContain(secret);
      // And with no session at all, nothing.
      expect((await call({ method: route.method as 'GET', url })).statusCode, name).toBe(401);
    }
    const bRowAfter = await t.db.db
      .selectFrom('members')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', b.id)
      .executeTakeFirstOrThrow();
    expect(bRowAfter).toEqual(bRowBefore);
    const bInboxAfter = await t.db.db
      .selectFrom('member_inbox')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('member_id', '=', b.id)
      .execute();
    expect(bInboxAfter).toEqual(bInboxBefore);
    // A's own profile did change (the PATCH reached A, not B), and A is signed out now.
    const aName = await t.db.db
      .selectFrom('members')
      .select('name')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(aName.name).toBe('甲改名');
    expect((await call({ method: 'GET', url: '/api/v1/portal/me', cookie: a.cookie })).statusCode).toBe(401);
    a.cookie = (await signIn(a.phone)).cookie;
  });

  it('a staff cookie never passes a portal route, a member cookie never a staff route', async () => {
    const memberRoutes = t.app.routeTable.filter((r) => r.auth === 'member');
    for (const route of memberRoutes) {
      const url = route.url.replace(/:\w+/g, a.id);
      const res = await call({
        method: route.method as 'GET',
        url,
        cookie: shop.owner,
        body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
    const staffRoutes = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api/v1') && r.method !== 'HEAD' && r.auth !== 'public' && r.auth !== 'member',
    );
    expect(staffRoutes.length).toBeGreaterThan(100);
    // The member cookie as it is, and its token dressed up as a staff cookie.
    const asStaff = a.cookie.replace('md_msid=', 'md_sid=');
    for (const route of staffRoutes) {
      const url = route.url.replace(/:\w+/g, a.id);
      for (const cookie of [a.cookie, asStaff]) {
        const res = await call({
          method: route.method as 'GET',
          url,
          cookie,
          body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        });
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      }
    }
    // The staff cookie's token under the member cookie's name is no member session either.
    const staffAsMember = shop.owner.replace('md_sid=', 'md_msid=');
    expect((await call({ method: 'GET', url: '/api/v1/portal/me', cookie: staffAsMember })).statusCode).toBe(
      401,
    );
  });

  it('the member code rotates: the counter finds the member for about a minute, never a forgery', async () => {
    const base = new Date(Math.ceil(t.clock.now.getTime() / 30_000) * 30_000);
    t.clock.now = base;
    const res = await call({ method: 'GET', url: '/api/v1/portal/code', cookie: b.cookie });
    expect(res.statusCode, res.body).toBe(200);
    const code = res.json() as { token: string; expiresAt: string; cardNo: string | null };
    expect(code.expiresAt).toBe(new Date(base.getTime() + 60_000).toISOString());
    expect(res.body).not.toContain(b.qrToken);
    const find = async (q: string, at: number) =>
      (await searchMembers(sysCtx(t.db.db, tenantId, new Date(base.getTime() + at)), { q })).items.map(
        (m) => [m.id, m.match],
      );
    expect(await find(code.token, 0)).toEqual([[b.id, 'exact']]);
    expect(await find(code.token, 59_999)).toEqual([[b.id, 'exact']]);
    expect(await find(code.token, 60_000)).toEqual([]);
    // Not before it was made either (a clock far off is not a window).
    expect(await find(code.token, -30_000)).toEqual([]);
    const [, id, window, mac] = code.token.split('.');
    const flip = (mac![0] === 'A' ? 'B' : 'A') + mac!.slice(1);
    expect(await find(`M1.${id}.${window}.${flip}`, 0)).toEqual([]);
    // B's mac on A's id, or B's mac moved to a later window: nothing.
    const aPacked = Buffer.from(a.id.replace(/-/g, ''), 'hex').toString('base64url');
    expect(await find(`M1.${aPacked}.${window}.${mac}`, 0)).toEqual([]);
    expect(code.token.length).toBeLessThanOrEqual(60);
    expect(await find(`M1.${id}.${Number(window) + 1}.${mac}`, 30_000)).toEqual([]);
    expect(await find('M1.garbage', 0)).toEqual([]);
    // Through the counter's own search route too.
    t.clock.now = new Date(base.getTime() + 10_000);
    const viaApi = await t.request({
      method: 'GET',
      url: `/api/v1/members?q=${encodeURIComponent(code.token)}`,
      cookie: shop.cashier,
    });
    expect(viaApi.statusCode, viaApi.body).toBe(200);
    expect(viaApi.json().items.map((m: { id: string }) => m.id)).toEqual([b.id]);
  });

  it('opting out of marketing from the phone stops marketing SMS', async () => {
    const res = await call({
      method: 'PATCH',
      url: '/api/v1/portal/profile',
      cookie: b.cookie,
      body: { smsConsent: false, birthday: '1990-05-06' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ smsConsent: false, birthday: '1990-05-06' });
    const refused = await call({
      method: 'PATCH',
      url: '/api/v1/portal/profile',
      cookie: b.cookie,
      body: { phone: '13800000000' },
    });
    expect(refused.statusCode).toBe(400);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name', 'actor_user_id'])
      .where('tenant_id', '=', tenantId)
      .where('entity_id', '=', b.id)
      .where('action', '=', 'member.update')
      .execute();
    expect(audit).toEqual([
      { action: 'member.update', actor_name: '会员自助 Member portal', actor_user_id: null },
    ]);
    const sent = await enqueueMessage(sysCtx(t.db.db, tenantId, t.clock.now), {
      memberId: b.id,
      channel: 'sms',
      purpose: 'marketing',
      template: 'test',
      body: '会员日 9 折',
      sourceType: 'system',
    });
    expect([sent.status, sent.reason]).toEqual(['skipped', 'no_consent']);
  });
});
