import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestDb, TEST_DIALECT, type TestDb } from '../../../test/db.ts';
import { makeTenant, sysCtx, T0 } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { updateTenantProfile } from '../tenancy/update-settings.ts';
import { buildChannels, type Channels, testSmsProvider } from './channels.ts';
import { enqueueMessage, type MessageDraft } from './enqueue-message.ts';
import { lastTestSms } from './messages.ts';
import { MAX_ATTEMPTS, sendQueuedMessages } from './send-queued-messages.ts';

let db: TestDb;
let seq = 0;

beforeAll(async () => {
  db = await makeTestDb();
});
afterAll(() => db.close());

const HOUR = 3_600_000;
/** 10:00 in Shanghai: outside quiet hours. */
const DAY = T0;

async function tenant() {
  return makeTenant(db.db, `ch${++seq}`);
}

function draft(memberId: string, over: Partial<MessageDraft> = {}): MessageDraft {
  return {
    memberId,
    channel: 'sms',
    purpose: 'marketing',
    template: 'test',
    body: '春季会员日，全场 9 折',
    sourceType: 'system',
    ...over,
  };
}

const message = (tenantId: string, id: string) =>
  db.db
    .selectFrom('messages')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('email over SMTP', () => {
  it('delivers the rendered message in a real SMTP exchange', async () => {
    const received: { from: string; to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => {
          data += chunk.toString('utf8');
        });
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    try {
      const tenantId = await tenant();
      const m = await makeMember(db.db, tenantId, { email: 'li@example.com', emailConsent: true });
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
      });
      const q = await enqueueMessage(sysCtx(db.db, tenantId, DAY), {
        ...draft(m.id, { channel: 'email', subject: 'Spring sale', body: 'Hello Li, 20% off this week' }),
      });
      expect(q.status).toBe('queued');
      const summary = await sendQueuedMessages(db.db, tenantId, channels, DAY);
      expect(summary).toMatchObject({ sent: 1, failed: 0 });
      expect(received).toHaveLength(1);
      expect(received[0]!.from).toBe('shop@example.com');
      expect(received[0]!.to).toEqual(['li@example.com']);
      expect(received[0]!.data).toContain('Subject: Spring sale');
      expect(received[0]!.data).toContain('Hello Li, 20% off this week');
      const row = await message(tenantId, q.id);
      expect(row).toMatchObject({
        status: 'sent',
        provider: 'smtp',
        attempts: 1,
        recipient: 'li@example.com',
      });
      expect(row.provider_id).toBeTruthy();
      expect(row.provider_reply).toContain('250');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('skips e-mail when SMTP is not configured', async () => {
    const tenantId = await tenant();
    const m = await makeMember(db.db, tenantId, { email: 'x@example.com', emailConsent: true });
    const q = await enqueueMessage(sysCtx(db.db, tenantId, DAY), draft(m.id, { channel: 'email' }));
    await sendQueuedMessages(db.db, tenantId, buildChannels({ sms: { provider: 'none' }, smtp: null }), DAY);
    expect(await message(tenantId, q.id)).toMatchObject({
      status: 'skipped',
      reason: 'channel_not_configured',
    });
  });
});

describe('SMS through the generic HTTP adapter', () => {
  it('sends the configured request to the provider and records its id and reply', async () => {
    const requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
    let fail = false;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      req.on('end', () => {
        requests.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        res.statusCode = fail ? 503 : 200;
        res.setHeader('content-type', 'application/json');
        res.end(fail ? '{"error":"busy"}' : JSON.stringify({ data: { id: `sms-${requests.length}` } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const channels = buildChannels({
        sms: {
          provider: 'http',
          url: `http://127.0.0.1:${port}/v1/sms?sign=memberdesk`,
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer k-123' },
          bodyTemplate: '{"to":"{{phone}}","content":"{{text}}"}',
          idPath: 'data.id',
        },
        smtp: null,
      });
      const tenantId = await tenant();
      const m = await makeMember(db.db, tenantId, { phone: '13900001111', smsConsent: true });
      const text = '王"小"明，您好\n会员日 9 折';
      const q = await enqueueMessage(sysCtx(db.db, tenantId, DAY), draft(m.id, { body: text }));
      await sendQueuedMessages(db.db, tenantId, channels, DAY);
      expect(requests).toHaveLength(1);
      const req = requests[0]!;
      expect(req.method).toBe('POST');
      expect(req.url).toBe('/v1/sms?sign=memberdesk');
      expect(req.headers.authorization).toBe('Bearer k-123');
      expect(req.headers['content-type']).toBe('application/json');
      expect(JSON.parse(req.body)).toEqual({ to: '13900001111', content: `${text} 回T退订` });
      expect(await message(tenantId, q.id)).toMatchObject({
        status: 'sent',
        provider: 'http',
        provider_id: 'sms-1',
        attempts: 1,
      });

      // A failing provider: retried with back-off, then failed after the last attempt.
      fail = true;
      const f = await enqueueMessage(sysCtx(db.db, tenantId, DAY), draft(m.id, { purpose: 'transactional' }));
      let now = DAY;
      for (let i = 1; i <= MAX_ATTEMPTS; i++) {
        await sendQueuedMessages(db.db, tenantId, channels, now);
        const row = await message(tenantId, f.id);
        expect(row.attempts).toBe(i);
        expect(row.status).toBe(i < MAX_ATTEMPTS ? 'queued' : 'failed');
        // Not due again before its back-off has passed.
        expect((await sendQueuedMessages(db.db, tenantId, channels, now)).sent).toBe(0);
        now = new Date(row.next_attempt_at);
      }
      const failed = await message(tenantId, f.id);
      expect(failed.reason).toBe('provider_error');
      expect(failed.provider_reply).toContain('503');
      expect(requests).toHaveLength(1 + MAX_ATTEMPTS);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('marketing rules', () => {
  const channels: Channels = { sms: testSmsProvider, email: null };

  it('needs consent for marketing but not for a transactional code', async () => {
    const tenantId = await tenant();
    const m = await makeMember(db.db, tenantId, { smsConsent: false, phone: '13900002222' });
    const ctx = sysCtx(db.db, tenantId, DAY);
    const mk = await enqueueMessage(ctx, draft(m.id));
    expect(mk).toMatchObject({ status: 'skipped', reason: 'no_consent' });
    const otp = await enqueueMessage(ctx, draft(m.id, { purpose: 'transactional', body: '验证码 123456' }));
    expect(otp.status).toBe('queued');
    await sendQueuedMessages(db.db, tenantId, channels, DAY);
    expect(await message(tenantId, otp.id)).toMatchObject({ status: 'sent', provider: 'test' });
    expect(await lastTestSms(ctx, '13900002222')).toBe('验证码 123456');
  });

  it('defers marketing SMS in quiet hours to 09:00 tenant time; codes go at once', async () => {
    const tenantId = await tenant();
    const m = await makeMember(db.db, tenantId, { smsConsent: true });
    const night = new Date('2026-03-02T14:30:00.000Z'); // 22:30 in Shanghai
    const ctx = sysCtx(db.db, tenantId, night);
    const mk = await enqueueMessage(ctx, draft(m.id));
    const otp = await enqueueMessage(ctx, draft(m.id, { purpose: 'transactional' }));
    const row = await message(tenantId, mk.id);
    expect(row).toMatchObject({ status: 'queued', reason: 'quiet_hours' });
    expect(row.next_attempt_at).toBe('2026-03-03T01:00:00.000Z');
    const s = await sendQueuedMessages(db.db, tenantId, channels, new Date(night.getTime() + 2 * HOUR));
    expect(s.sent).toBe(1);
    expect((await message(tenantId, otp.id)).status).toBe('sent');
    expect((await message(tenantId, mk.id)).status).toBe('queued');
    await sendQueuedMessages(db.db, tenantId, channels, new Date('2026-03-03T01:00:00.000Z'));
    expect((await message(tenantId, mk.id)).status).toBe('sent');
  });

  it('caps marketing messages per member per N days', async () => {
    const tenantId = await tenant();
    await updateTenantProfile(sysCtx(db.db, tenantId), {
      settings: { marketingCapCount: 2, marketingCapDays: 7 },
    });
    const m = await makeMember(db.db, tenantId, {
      smsConsent: true,
      email: 'c@example.com',
      emailConsent: true,
    });
    const at = (days: number) => sysCtx(db.db, tenantId, new Date(DAY.getTime() + days * 24 * HOUR));
    expect((await enqueueMessage(at(0), draft(m.id))).status).toBe('queued');
    expect((await enqueueMessage(at(1), draft(m.id, { channel: 'email' }))).status).toBe('queued');
    expect(await enqueueMessage(at(2), draft(m.id))).toMatchObject({
      status: 'skipped',
      reason: 'frequency_cap',
    });
    // The inbox and service messages are not capped.
    expect((await enqueueMessage(at(2), draft(m.id, { channel: 'inbox' }))).status).toBe('sent');
    expect((await enqueueMessage(at(2), draft(m.id, { purpose: 'transactional' }))).status).toBe('queued');
    // A week after the first, there is room again.
    expect((await enqueueMessage(at(7.1), draft(m.id))).status).toBe('queued');
  });

  it('delivers inbox messages to the member inbox at once', async () => {
    const tenantId = await tenant();
    const m = await makeMember(db.db, tenantId);
    const q = await enqueueMessage(
      sysCtx(db.db, tenantId, DAY),
      draft(m.id, { channel: 'inbox', subject: '升级' }),
    );
    expect(q.status).toBe('sent');
    const inbox = await db.db
      .selectFrom('member_inbox')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .execute();
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ member_id: m.id, message_id: q.id, title: '升级', read_at: null });
  });

  it('two senders at once send each message once', async () => {
    const tenantId = await tenant();
    let calls = 0;
    const counting: Channels = {
      email: null,
      sms: {
        name: 'counting',
        async send() {
          calls++;
          await new Promise((r) => setTimeout(r, 5));
          return { ok: true, providerId: `c${calls}`, reply: 'ok' };
        },
      },
    };
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const m = await makeMember(db.db, tenantId, { smsConsent: true });
      ids.push((await enqueueMessage(sysCtx(db.db, tenantId, DAY), draft(m.id))).id);
    }
    const [a, b] = await Promise.all([
      sendQueuedMessages(db.db, tenantId, counting, DAY),
      sendQueuedMessages(db.db, tenantId, counting, DAY),
    ]);
    expect(a.sent + b.sent).toBe(10);
    expect(calls).toBe(10);
    const rows = await db.db
      .selectFrom('messages')
      .select(['status', 'attempts'])
      .where('tenant_id', '=', tenantId)
      .execute();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    if (TEST_DIALECT === 'sqlite') expect(ids).toHaveLength(10);
  });
});
