import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { App, AppDeps } from '../../http/types.ts';
import { AppError } from '../../shared/errors.ts';
import { errors } from '../../shared/schemas.ts';
import {
  handleInboundSms,
  readUnsubscribeToken,
  type UnsubscribeTarget,
  unsubscribeByToken,
} from './opt-out.ts';

const TokenParams = z.strictObject({ token: z.string().min(1).max(200) });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page in both languages; no script (the CSP allows none inline), one form. */
function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#222}
button{font-size:1rem;padding:.6rem 1.4rem;border:0;border-radius:6px;background:#1677ff;color:#fff}
p.en{color:#666}</style></head><body>${body}</body></html>`;
}

function confirmPage(token: string, t: UnsubscribeTarget): string {
  const zh = t.channel === 'sms' ? '营销短信' : '营销邮件';
  const en = t.channel === 'sms' ? 'marketing text messages' : 'marketing e-mails';
  const shop = escapeHtml(t.tenantName);
  if (t.optedOut) return donePage(t);
  return page(
    '退订 / Unsubscribe',
    `<h1>退订${zh}</h1><p>确认后，您将不再收到「${shop}」的${zh}。账户通知（如验证码）不受影响。</p>
<p class="en">Stop ${en} from ${shop}? Account notices (such as sign-in codes) still arrive.</p>
<form method="post" action="/api/v1/unsubscribe/${encodeURIComponent(token)}">
<input type="hidden" name="confirm" value="1"><button type="submit">确认退订 / Unsubscribe</button></form>`,
  );
}

function donePage(t: UnsubscribeTarget): string {
  const zh = t.channel === 'sms' ? '营销短信' : '营销邮件';
  const en = t.channel === 'sms' ? 'marketing text messages' : 'marketing e-mails';
  return page(
    '已退订 / Unsubscribed',
    `<h1>已退订</h1><p>您将不再收到「${escapeHtml(t.tenantName)}」的${zh}。</p>
<p class="en">You will no longer receive ${en} from ${escapeHtml(t.tenantName)}.</p>`,
  );
}

const invalidPage = page(
  '链接无效 / Invalid link',
  '<h1>退订链接无效</h1><p class="en">This unsubscribe link is not valid. Please use the link in the latest message.</p>',
);

const InboundBody = z
  .looseObject({
    phone: z.string().max(32).optional(),
    mobile: z.string().max(32).optional(),
    nationcode: z.string().max(8).optional(),
    text: z.string().max(1000).optional(),
    content: z.string().max(1000).optional(),
  })
  .describe('A reply: `phone` and `text` (or Tencent Cloud’s `mobile`, `nationcode` and `text`)');

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Opt-out without signing in: the unsubscribe page and its one-click POST (RFC 8058; the token in
 * the path is the proof), and the SMS provider's inbound-reply webhook (a shared secret). The
 * unsubscribe routes stay out of the OpenAPI document: they answer HTML to people, not JSON.
 */
export function optOutRoutes(app: App, deps: Pick<AppDeps, 'config' | 'handle'>): void {
  app.register(async (scope: App) => {
    // Mail clients send the one-click POST form-encoded (`List-Unsubscribe=One-Click`); so does the
    // page's own form. Parsed only in this scope; the rest of the API stays JSON-only.
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    scope.get(
      '/unsubscribe/:token',
      { config: { auth: 'public' }, schema: { hide: true, params: TokenParams } },
      async (request, reply) => {
        reply.type('text/html; charset=utf-8');
        try {
          const target = await readUnsubscribeToken(deps.handle.db, request.params.token);
          return confirmPage(request.params.token, target);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          reply.status(400);
          return invalidPage;
        }
      },
    );

    scope.post(
      '/unsubscribe/:token',
      { config: { auth: 'public' }, schema: { hide: true, params: TokenParams } },
      async (request, reply) => {
        reply.type('text/html; charset=utf-8');
        try {
          const done = await unsubscribeByToken(deps.handle.db, request.params.token, request.now, {
            requestId: String(request.id),
            ip: request.ip,
          });
          return donePage(done);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          reply.status(400);
          return invalidPage;
        }
      },
    );
  });

  app.post(
    '/engagement/sms-inbound/:tenantId',
    {
      config: { auth: 'public' },
      schema: {
        operationId: 'receiveInboundSms',
        tags: ['engagement'],
        summary:
          'SMS provider webhook for member replies: T / TD / 退订 / STOP opts the number out of marketing SMS. ' +
          'Authenticated by MEMBERDESK_SMS_INBOUND_SECRET in the X-Memberdesk-Secret header or the secret query parameter.',
        params: z.strictObject({ tenantId: z.uuid() }),
        querystring: z.strictObject({ secret: z.string().max(200).optional() }),
        body: InboundBody,
        response: {
          200: z.object({
            result: z.literal(0),
            errmsg: z.string(),
            stop: z.boolean(),
            optedOut: z.number(),
          }),
          ...errors(400, 401),
        },
      },
    },
    async (request) => {
      const expected = deps.config.smsInboundSecret;
      const header = request.headers['x-memberdesk-secret'];
      const given = typeof header === 'string' ? header : request.query.secret;
      if (!expected || !sameSecret(given, expected))
        throw new AppError('UNAUTHENTICATED', 'Inbound SMS webhook secret missing or wrong');
      const body = request.body;
      const phone = body.phone ?? body.mobile ?? '';
      const text = body.text ?? body.content ?? '';
      const outcome = await handleInboundSms(
        deps.handle.db,
        request.params.tenantId,
        { phone, text },
        request.now,
        { requestId: String(request.id), ip: request.ip },
      );
      // Tencent Cloud's callback expects this acknowledgement; other providers ignore the body.
      return { result: 0 as const, errmsg: 'OK', ...outcome };
    },
  );
}
