import { createHash, createHmac } from 'node:crypto';
import type { SmsConfig } from '../../config.ts';
import type { SendResult } from './channels.ts';

type TencentSms = Extract<SmsConfig, { provider: 'tencent' }>;

const SERVICE = 'sms';
const VERSION = '2021-01-11';
const ALGORITHM = 'TC3-HMAC-SHA256';
const CONTENT_TYPE = 'application/json; charset=utf-8';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();

export interface Tc3Request {
  host: string;
  action: string;
  payload: string;
  /** Unix seconds; the date of the credential scope is its UTC day. */
  timestamp: number;
}

/**
 * Tencent Cloud API 3.0 signature (TC3-HMAC-SHA256): a canonical request over the method, path,
 * the signed headers and the payload's hash; a key derived from the secret through the UTC date,
 * the service and `tc3_request`; the hex HMAC of the string to sign. Exported so the test's fake
 * provider checks requests with the same documented steps.
 */
export function tc3Authorization(secretId: string, secretKey: string, req: Tc3Request): string {
  const date = new Date(req.timestamp * 1000).toISOString().slice(0, 10);
  const signedHeaders = 'content-type;host;x-tc-action';
  const canonicalHeaders = `content-type:${CONTENT_TYPE}\nhost:${req.host}\nx-tc-action:${req.action.toLowerCase()}\n`;
  const canonicalRequest = ['POST', '/', '', canonicalHeaders, signedHeaders, sha256Hex(req.payload)].join(
    '\n',
  );
  const scope = `${date}/${SERVICE}/tc3_request`;
  const stringToSign = [ALGORITHM, String(req.timestamp), scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(`TC3${secretKey}`, date), SERVICE), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  return `${ALGORITHM} Credential=${secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/** Mainland numbers in E.164, as SendSms expects; numbers already with a + are left alone. */
export function e164(phone: string): string {
  return phone.startsWith('+') ? phone : `+86${phone}`;
}

interface SendSmsReply {
  Response?: {
    Error?: { Code?: string; Message?: string };
    SendStatusSet?: { SerialNo?: string; Code?: string; Message?: string }[];
    RequestId?: string;
  };
}

/**
 * Tencent Cloud SMS `SendSms`. Mainland SMS must use an approved template, so the text goes into
 * the configured template's one parameter. The API answers 200 even for errors: success is a
 * `SendStatusSet` entry with Code `Ok`; anything else is a failure (retried by the sender).
 */
export async function sendTencentSms(
  config: TencentSms,
  phone: string,
  text: string,
  clock: () => Date = () => new Date(),
): Promise<SendResult> {
  const url = new URL(config.endpoint);
  const payload = JSON.stringify({
    PhoneNumberSet: [e164(phone)],
    SmsSdkAppId: config.sdkAppId,
    SignName: config.signName,
    TemplateId: config.templateId,
    TemplateParamSet: [text],
  });
  const timestamp = Math.floor(clock().getTime() / 1000);
  const authorization = tc3Authorization(config.secretId, config.secretKey, {
    host: url.host,
    action: 'SendSms',
    payload,
    timestamp,
  });
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization,
        'content-type': CONTENT_TYPE,
        'x-tc-action': 'SendSms',
        'x-tc-timestamp': String(timestamp),
        'x-tc-version': VERSION,
        'x-tc-region': config.region,
      },
      body: payload,
      signal: AbortSignal.timeout(15_000),
    });
    const raw = (await res.text()).slice(0, 2000);
    let reply: SendSmsReply = {};
    try {
      reply = JSON.parse(raw) as SendSmsReply;
    } catch {
      // Not JSON (a proxy's error page): a failure, logged as is.
    }
    const status = reply.Response?.SendStatusSet?.[0];
    const ok = res.ok && !reply.Response?.Error && status?.Code === 'Ok';
    return { ok, providerId: ok ? (status?.SerialNo ?? null) : null, reply: `${res.status} ${raw}` };
  } catch (err) {
    return { ok: false, providerId: null, reply: err instanceof Error ? err.message : String(err) };
  }
}
