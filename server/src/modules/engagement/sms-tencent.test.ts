import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestDb, type TestDb } from '../../../test/db.ts';
import { makeTenant, sysCtx, T0 } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import type { SmsConfig } from '../../config.ts';
import { buildChannels } from './channels.ts';
import { enqueueMessage } from './enqueue-message.ts';
import { sendQueuedMessages } from './send-queued-messages.ts';

const SECRET_ID = 'AKIDmemberdeskTEST0000000000000000';
const SECRET_KEY = 'test-secret-key-0123456789abcdef';

let db: TestDb;
beforeAll(async () => {
  db = await makeTestDb();
});
afterAll(() => db.close());

/**
 * The fake provider's own check, written from Tencent Cloud's "Signature v3" steps (not from the
 * adapter): rebuild the canonical request from the headers the client says it signed, derive the
 * key from TC3+SecretKey through the date, the service and tc3_request, and compare signatures.
 */
function verifyTc3(method: string, path: string, headers: IncomingHttpHeaders, body: string): string | null {
  const auth = String(headers.authorization ?? '');
  const m =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/(\w+)\/tc3_request, SignedHeaders=([\w;-]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return 'AuthFailure.InvalidAuthorization';
  const [, id, date, service, signed, signature] = m as unknown as string[];
  if (id !== SECRET_ID) return 'AuthFailure.SecretIdNotFound';
  const timestamp = Number(headers['x-tc-timestamp']);
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date)
    return 'AuthFailure.InvalidAuthorization';
  if (Math.abs(Date.now() / 1000 - timestamp) > 300) return 'AuthFailure.SignatureExpire';
  const names = signed!.split(';');
  if (!names.includes('content-type') || !names.includes('host')) return 'AuthFailure.InvalidAuthorization';
  const canonicalHeaders = names
    .map(
      (n) =>
        `${n}:${String(headers[n] ?? '')
          .trim()
          .toLowerCase()}\n`,
    )
    .join('');
  const hash = (s: string) => createHash('sha256').update(s).digest('hex');
  const canonical = [method, path, '', canonicalHeaders, signed, hash(body)].join('\n');
  const toSign = [
    'TC3-HMAC-SHA256',
    String(timestamp),
    `${date}/${service}/tc3_request`,
    hash(canonical),
  ].join('\n');
  const h = (k: Buffer | string, s: string) => createHmac('sha256', k).update(s).digest();
  const key = h(h(h(`TC3${SECRET_KEY}`, date!), service!), 'tc3_request');
  const expected = createHmac('sha256', key).update(toSign).digest('hex');
  return expected === signature ? null : 'AuthFailure.SignatureFailure';
}

interface Seen {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  error: string | null;
}

async function fakeTencent(opts: { answer: (body: Record<string, unknown>) => 'ok' | 'limit' }) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString('utf8');
    });
    req.on('end', () => {
      const error = verifyTc3(req.method!, req.url!, req.headers, raw);
      const body = JSON.parse(raw) as Record<string, unknown>;
      seen.push({ headers: req.headers, body, error });
      res.setHeader('content-type', 'application/json');
      // Like the real API: HTTP 200 with either Error or a per-number SendStatusSet.
      const requestId = `req-${seen.length}`;
      if (error) {
        res.end(
          JSON.stringify({
            Response: { Error: { Code: error, Message: 'signature check failed' }, RequestId: requestId },
          }),
        );
        return;
      }
      const phone = (body.PhoneNumberSet as string[])[0];
      const limited = opts.answer(body) === 'limit';
      res.end(
        JSON.stringify({
          Response: {
            SendStatusSet: [
              {
                SerialNo: limited ? '' : `2640:${seen.length}`,
                PhoneNumber: phone,
                Fee: limited ? 0 : 1,
                SessionContext: '',
                Code: limited ? 'LimitExceeded.PhoneNumberDailyLimit' : 'Ok',
                Message: limited
                  ? 'the number of sms messages sent from a single mobile number every day exceeds the upper limit'
                  : 'send success',
                IsoCode: 'CN',
              },
            ],
            RequestId: requestId,
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { seen, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const config = (port: number, secretKey = SECRET_KEY): SmsConfig => ({
  provider: 'tencent',
  secretId: SECRET_ID,
  secretKey,
  sdkAppId: '1400006666',
  signName: '会员小店',
  templateId: '449739',
  region: 'ap-guangzhou',
  endpoint: `http://127.0.0.1:${port}`,
});

describe('Tencent Cloud SMS (SendSms, TC3-HMAC-SHA256)', () => {
  it('sends a signed SendSms request the provider accepts, and records the serial number', async () => {
    const fake = await fakeTencent({ answer: () => 'ok' });
    try {
      const tenantId = await makeTenant(db.db, 'tc1');
      const m = await makeMember(db.db, tenantId, { phone: '13800138000', smsConsent: true });
      const q = await enqueueMessage(sysCtx(db.db, tenantId, T0), {
        memberId: m.id,
        channel: 'sms',
        purpose: 'transactional',
        template: 'otp',
        body: '您的验证码是 246810',
        sourceType: 'system',
      });
      const channels = buildChannels({ sms: config(fake.port), smtp: null });
      expect((await sendQueuedMessages(db.db, tenantId, channels, T0)).sent).toBe(1);
      expect(fake.seen).toHaveLength(1);
      const req = fake.seen[0]!;
      expect(req.error).toBeNull();
      expect(req.headers['x-tc-action']).toBe('SendSms');
      expect(req.headers['x-tc-version']).toBe('2021-01-11');
      expect(req.headers['x-tc-region']).toBe('ap-guangzhou');
      expect(req.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(req.body).toEqual({
        PhoneNumberSet: ['+8613800138000'],
        SmsSdkAppId: '1400006666',
        SignName: '会员小店',
        TemplateId: '449739',
        TemplateParamSet: ['您的验证码是 246810'],
      });
      const row = await db.db
        .selectFrom('messages')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', q.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'sent', provider: 'tencent', provider_id: '2640:1', attempts: 1 });
      expect(row.provider_reply).toContain('send success');
    } finally {
      await fake.close();
    }
  });

  it('treats a per-number error code and a signature failure as failures to retry', async () => {
    const fake = await fakeTencent({ answer: () => 'limit' });
    try {
      const tenantId = await makeTenant(db.db, 'tc2');
      const m = await makeMember(db.db, tenantId, { phone: '13800138001', smsConsent: true });
      const ctx = sysCtx(db.db, tenantId, T0);
      const draft = {
        memberId: m.id,
        channel: 'sms' as const,
        purpose: 'transactional' as const,
        template: 'otp',
        body: '验证码 1',
        sourceType: 'system' as const,
      };
      const limited = await enqueueMessage(ctx, draft);
      const s1 = await sendQueuedMessages(
        db.db,
        tenantId,
        buildChannels({ sms: config(fake.port), smtp: null }),
        T0,
      );
      expect(s1).toMatchObject({ sent: 0, retrying: 1 });
      expect(fake.seen[0]!.error).toBeNull();
      const row = (id: string) =>
        db.db
          .selectFrom('messages')
          .select(['status', 'reason', 'provider_reply', 'provider_id'])
          .where('tenant_id', '=', tenantId)
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
      const first = await row(limited.id);
      expect(first).toMatchObject({ status: 'queued', reason: 'retrying', provider_id: null });
      expect(first.provider_reply).toContain('LimitExceeded.PhoneNumberDailyLimit');

      // A wrong secret key: the provider's own check refuses the signature.
      const badKey = await enqueueMessage(ctx, draft);
      const wrong = buildChannels({ sms: config(fake.port, 'not-the-key'), smtp: null });
      await sendQueuedMessages(db.db, tenantId, wrong, T0);
      expect(fake.seen).toHaveLength(2);
      expect(fake.seen[1]!.error).toBe('AuthFailure.SignatureFailure');
      const refused = await row(badKey.id);
      expect(refused).toMatchObject({ status: 'queued', reason: 'retrying', provider_id: null });
      expect(refused.provider_reply).toContain('AuthFailure.SignatureFailure');
    } finally {
      await fake.close();
    }
  });
});
