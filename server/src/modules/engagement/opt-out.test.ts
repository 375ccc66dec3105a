import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { buildChannels, testSmsProvider } from './channels.ts';
import { enqueueMessage } from './enqueue-message.ts';
import { isStopReply } from './opt-out.ts';
import { sendQueuedMessages } from './send-queued-messages.ts';

const SECRET = 'inbound-secret-123';
const PUBLIC_URL = 'https://shop.example.com';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let owner: string;

beforeAll(async () => {
  t = await makeTestApp(undefined, { smsInboundSecret: SECRET, publicUrl: PUBLIC_URL });
  chain = await makeChain(t.db.db, 'optout');
  owner = await t.signIn('owner', 'optout');
});
afterAll(() => t.close());

const consent = (memberId: string) =>
  t.db.db
    .selectFrom('members')
    .select(['sms_consent', 'email_consent'])
    .where('tenant_id', '=', chain.tenantId)
    .where('id', '=', memberId)
    .executeTakeFirstOrThrow();

const optOutAudits = (memberId: string) =>
  t.db.db
    .selectFrom('audit_log')
    .select(['action', 'actor_name', 'before', 'after'])
    .where('tenant_id', '=', chain.tenantId)
    .where('entity_id', '=', memberId)
    .where('action', '=', 'member.opt_out')
    .execute();

/** A campaign sent now to the members tagged `tag`; answers its messages by member. */
async function campaign(tag: string, channel: 'sms' | 'email') {
  const seg = await t.request({
    method: 'POST',
    url: '/api/v1/engagement/segments',
    cookie: owner,
    body: { name: `seg-${tag}-${channel}`, rules: { tagsAny: [tag] } },
  });
  expect(seg.statusCode, seg.body).toBe(201);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/engagement/campaigns',
    cookie: owner,
    body: {
      name: `c-${tag}-${channel}`,
      segmentId: (seg.json() as { id: string }).id,
      channel,
      subject: '会员日',
      body: '{{name}}，会员日全场 9 折',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = (res.json() as { id: string }).id;
  const rows = await t.db.db
    .selectFrom('messages')
    .select(['member_id', 'status', 'reason', 'body'])
    .where('tenant_id', '=', chain.tenantId)
    .where('source_id', '=', id)
    .execute();
  return new Map(rows.map((r) => [r.member_id, r]));
}

describe('unsubscribe link in marketing e-mail', () => {
  it('carries RFC 8058 headers; the page confirms, the one-click POST opts out; the next campaign skips', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (c: Buffer) => {
          data += c.toString('utf8');
        });
        stream.on('end', () => {
          received.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    try {
      const li = await makeMember(t.db.db, chain.tenantId, {
        name: '李雷',
        email: 'li@example.com',
        emailConsent: true,
        tags: ['mail'],
      });
      const first = await campaign('mail', 'email');
      expect(first.get(li.id)).toMatchObject({ status: 'queued' });
      const channels = buildChannels({
        sms: { provider: 'none' },
        smtp: {
          host: '127.0.0.1',
          port,
          secure: false,
          user: null,
          password: null,
          from: 'shop@example.com',
        },
        publicUrl: PUBLIC_URL,
      });
      expect((await sendQueuedMessages(t.db.db, chain.tenantId, channels, t.clock.now)).sent).toBe(1);
      expect(received).toHaveLength(1);
      const mail = received[0]!;
      expect(mail).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
      // The header may be folded onto a second line (RFC 5322).
      const header = /^List-Unsubscribe:\s+<([^>]+)>/m.exec(mail);
      expect(header).not.toBeNull();
      const url = header![1]!;
      const hex = (id: string) => id.replaceAll('-', '');
      expect(url.startsWith(`${PUBLIC_URL}/api/v1/unsubscribe/${hex(chain.tenantId)}.${hex(li.id)}.e.`)).toBe(
        true,
      );
      const path = url.slice(PUBLIC_URL.length);

      // The page asks first: a GET (a link scanner, a preview) changes nothing.
      const get = await t.request({ method: 'GET', url: path });
      expect(get.statusCode).toBe(200);
      expect(get.headers['content-type']).toContain('text/html');
      expect(get.body).toContain('<form method="post"');
      expect(await consent(li.id)).toMatchObject({ email_consent: 1 });

      // A tampered signature, another member's id under this signature, or another channel: refused.
      const bad = [
        `${path.slice(0, -2)}xx`,
        path.replace(hex(li.id), hex(chain.users.owner.id)),
        path.replace('.e.', '.s.'),
      ];
      for (const p of bad) {
        const res = await t.request({
          method: 'POST',
          url: p,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: undefined,
        });
        expect(res.statusCode, p).toBe(400);
      }
      expect(await consent(li.id)).toMatchObject({ email_consent: 1 });

      // The mail client's one-click POST (RFC 8058): form-encoded, no cookie, no Origin.
      const post = await t.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(post.statusCode, post.body).toBe(200);
      expect(post.body).toContain('已退订');
      expect(await consent(li.id)).toMatchObject({ email_consent: 0 });
      const audits = await optOutAudits(li.id);
      expect(audits).toHaveLength(1);
      expect(audits[0]!.actor_name).toBe('unsubscribe link');
      expect(JSON.parse(audits[0]!.after!)).toEqual({ email_consent: false, via: 'unsubscribe_link' });

      // Clicking again is harmless and writes nothing more.
      const again = await t.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:80' },
        payload: 'confirm=1',
      });
      expect(again.statusCode).toBe(200);
      expect(await optOutAudits(li.id)).toHaveLength(1);

      // A cross-site browser form cannot post it (the API's CSRF rule holds here too).
      const cross = await t.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
        payload: 'confirm=1',
      });
      expect(cross.statusCode).toBe(403);

      const second = await campaign('mail', 'email');
      expect(second.get(li.id)).toMatchObject({ status: 'skipped', reason: 'no_consent' });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('answers an unknown or malformed token with the invalid-link page', async () => {
    for (const token of ['nope', `${chain.tenantId.replaceAll('-', '')}.x.e.y`, 'a.b.c.d.e']) {
      const res = await t.request({ method: 'GET', url: `/api/v1/unsubscribe/${token}` });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('退订链接无效');
    }
  });
});

describe('SMS opt-out', () => {
  it('ends marketing SMS with the tenant’s hint; service messages carry none', async () => {
    const m = await makeMember(t.db.db, chain.tenantId, { smsConsent: true });
    const ctx = sysCtx(t.db.db, chain.tenantId, t.clock.now);
    const base = {
      memberId: m.id,
      channel: 'sms' as const,
      template: 't',
      body: '会员日 9 折',
      sourceType: 'system' as const,
    };
    const mk = await enqueueMessage(ctx, { ...base, purpose: 'marketing' });
    const otp = await enqueueMessage(ctx, { ...base, purpose: 'transactional', body: '验证码 1234' });
    const bodies = await t.db.db
      .selectFrom('messages')
      .select(['id', 'body'])
      .where('tenant_id', '=', chain.tenantId)
      .where('id', 'in', [mk.id, otp.id])
      .execute();
    expect(bodies.find((b) => b.id === mk.id)!.body).toBe('会员日 9 折 回T退订');
    expect(bodies.find((b) => b.id === otp.id)!.body).toBe('验证码 1234');
  });

  it('a T reply through the authenticated webhook opts the number out; later campaigns skip it', async () => {
    const wang = await makeMember(t.db.db, chain.tenantId, {
      name: '王芳',
      phone: '13700001234',
      smsConsent: true,
      tags: ['sms'],
    });
    const zhao = await makeMember(t.db.db, chain.tenantId, { name: '赵强', smsConsent: true, tags: ['sms'] });
    const url = `/api/v1/engagement/sms-inbound/${chain.tenantId}`;
    const reply = {
      mobile: '13700001234',
      nationcode: '86',
      text: 'TD',
      sign: '会员店',
      time: 1_772_416_800,
    };

    // Without the secret, or with a wrong one: refused, nothing changes.
    const attempts: Record<string, string>[] = [{}, { 'x-memberdesk-secret': 'wrong' }];
    for (const headers of attempts) {
      const res = await t.request({ method: 'POST', url, body: reply, headers });
      expect(res.statusCode).toBe(401);
      expect((res.json() as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    }
    expect(await consent(wang.id)).toMatchObject({ sms_consent: 1 });

    // Any other reply is not a stop.
    const chat = await t.request({
      method: 'POST',
      url: `${url}?secret=${SECRET}`,
      body: { phone: '+86 137 0000 1234', text: '谢谢，周六到店' },
    });
    expect(chat.json()).toMatchObject({ result: 0, stop: false, optedOut: 0 });
    expect(await consent(wang.id)).toMatchObject({ sms_consent: 1 });

    const stop = await t.request({
      method: 'POST',
      url,
      body: reply,
      headers: { 'x-memberdesk-secret': SECRET },
    });
    expect(stop.statusCode, stop.body).toBe(200);
    expect(stop.json()).toEqual({ result: 0, errmsg: 'OK', stop: true, optedOut: 1 });
    expect(await consent(wang.id)).toMatchObject({ sms_consent: 0 });
    const audits = await optOutAudits(wang.id);
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.after!)).toEqual({ sms_consent: false, via: 'sms_reply' });

    const sent = await campaign('sms', 'sms');
    expect(sent.get(wang.id)).toMatchObject({ status: 'skipped', reason: 'no_consent' });
    expect(sent.get(zhao.id)).toMatchObject({ status: 'queued', body: '赵强，会员日全场 9 折 回T退订' });
  });

  it('a message already queued (waiting out quiet hours) is not sent after the member opts out', async () => {
    const m = await makeMember(t.db.db, chain.tenantId, { phone: '13700005678', smsConsent: true });
    const night = new Date('2026-03-02T14:30:00.000Z'); // 22:30 in Shanghai
    const q = await enqueueMessage(sysCtx(t.db.db, chain.tenantId, night), {
      memberId: m.id,
      channel: 'sms',
      purpose: 'marketing',
      template: 't',
      body: '早安特惠',
      sourceType: 'system',
    });
    expect(q).toMatchObject({ status: 'queued', reason: 'quiet_hours' });
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/engagement/sms-inbound/${chain.tenantId}?secret=${SECRET}`,
      body: { phone: '13700005678', text: '退订' },
    });
    expect(res.json()).toMatchObject({ optedOut: 1 });
    const morning = new Date('2026-03-03T01:00:00.000Z');
    const s = await sendQueuedMessages(
      t.db.db,
      chain.tenantId,
      { sms: testSmsProvider, email: null },
      morning,
    );
    expect(s.skipped).toBe(1);
    const row = await t.db.db
      .selectFrom('messages')
      .select(['status', 'reason', 'attempts'])
      .where('tenant_id', '=', chain.tenantId)
      .where('id', '=', q.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'skipped', reason: 'no_consent', attempts: 0 });
  });

  it('knows the stop words in any case and width', () => {
    for (const w of ['T', 't', ' TD ', 'td。', '退订', 'ＴＤ', 'Stop', 'STOP!', 'unsubscribe'])
      expect(isStopReply(w), w).toBe(true);
    for (const w of ['', 'Test', '不要退订我', 'OK', 'TT']) expect(isStopReply(w), w).toBe(false);
  });
});
