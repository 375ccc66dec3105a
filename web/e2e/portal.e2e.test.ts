import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageApi, shot, startServer } from './harness.ts';

/**
 * The member's phone pages at 360×640: join from a store's QR link with the code the SMS gateway
 * received, see the account, the rotating member code (which the counter's search resolves), a
 * coupon issued at the counter, and opt out of marketing.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let phoneContext: BrowserContext;
let phone: Page;
let staff: Page;
let sms: Server;
const inbox: { phone: string; text: string }[] = [];
const PHONE = '13766660001';

beforeAll(async () => {
  // A fake SMS gateway: the server's generic HTTP adapter posts {phone, text} here.
  sms = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk;
    });
    req.on('end', () => {
      inbox.push(JSON.parse(body) as { phone: string; text: string });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `fake-${inbox.length}` }));
    });
  });
  await new Promise<void>((resolve) => sms.listen(0, '127.0.0.1', resolve));
  process.env.MEMBERDESK_SMS_PROVIDER = 'http';
  process.env.MEMBERDESK_SMS_HTTP_URL = `http://127.0.0.1:${(sms.address() as AddressInfo).port}/sms`;
  server = await startServer();
  browser = await launchBrowser();
  phoneContext = await browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  phone = await phoneContext.newPage();
  staff = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const login = await staff.request.post(`${server.url}/api/v1/auth/login`, {
    data: { username: 'owner', password: 'demo1234' },
    headers: { origin: server.url },
  });
  expect(login.ok(), await login.text()).toBe(true);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => sms?.close(resolve));
});

async function waitForCode(): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const text = inbox.filter((m) => m.phone === PHONE).at(-1)?.text;
    const code = text && /(\d{6})/.exec(text)?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no SMS arrived');
}

describe('member portal on a phone in Chromium', () => {
  it('joins from the store QR link with the SMS code, shows the account and the member code', async () => {
    await phone.goto(`${server.url}/m/?t=demo&s=S02`);
    await phone.waitForURL(/\/m\/sign-in/);
    await phone.fill('input[name="phone"]', PHONE);
    await phone.click('button:has-text("获取验证码")');
    await phone.waitForSelector('text=验证码已发送');
    await phone.fill('input[name="code"]', await waitForCode());
    await phone.fill('input[name="name"]', '手机新会员');
    await phone.check('input[name="smsConsent"]');
    await shot(phone, '94-portal-sign-in-360');
    await phone.click('button[type="submit"]');
    await phone.waitForSelector('[data-testid="m-card"]');
    expect(await phone.locator('[data-testid="m-card"]').innerText()).toContain('手机新会员');
    expect(await phone.locator('[data-testid="m-balance"]').innerText()).toContain('0.00');
    // Nothing wider than the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(phone, '95-portal-account-360');

    const api = pageApi(staff, server.url);
    const found = await api.get<{
      items: { id: string; name: string; homeStoreId: string; smsConsent: boolean }[];
    }>(`/members?q=${PHONE}`);
    expect(found.items.map((m) => [m.name, m.smsConsent])).toEqual([['手机新会员', true]]);
    const stores = await api.get<{ id: string; code: string }[]>('/stores');
    expect(found.items[0]!.homeStoreId).toBe(stores.find((s) => s.code === 'S02')!.id);

    await phone.click('a:has-text("会员码")');
    const token = (await phone.locator('[data-testid="m-token"]').innerText()).trim();
    expect(token).toMatch(/^M1\./);
    await shot(phone, '96-portal-member-code-360');
    const scanned = await api.get<{ items: { id: string }[] }>(`/members?q=${encodeURIComponent(token)}`);
    expect(scanned.items.map((m) => m.id)).toEqual([found.items[0]!.id]);
  });

  it('sees a coupon issued at the counter and opts out of marketing', async () => {
    const api = pageApi(staff, server.url);
    const member = (await api.get<{ items: { id: string }[] }>(`/members?q=${PHONE}`)).items[0]!;
    const template = await api.post<{ id: string }>('/coupon-templates', {
      name: '手机专享券',
      kind: 'fixed',
      value: 500,
      maxOffCents: null,
      thresholdCents: 0,
      scope: 'all',
      scopeIds: [],
      storeIds: [],
      validity: 'days',
      validFrom: null,
      validUntil: null,
      validDays: 30,
      perMemberLimit: 0,
      totalStock: null,
    });
    const [coupon] = await api.post<{ code: string }[]>(`/members/${member.id}/coupons`, {
      templateId: template.id,
      count: 1,
    });
    await phone.goto(`${server.url}/m/coupons`);
    await phone.waitForSelector('[data-testid="m-coupon"]');
    const text = await phone.locator('[data-testid="m-coupon"]').innerText();
    expect(text).toContain('手机专享券');
    expect(text).toContain(coupon!.code);
    await shot(phone, '97-portal-coupons-360');

    await phone.goto(`${server.url}/m/profile`);
    await phone.waitForSelector('input[name="smsConsent"]:checked');
    await phone.uncheck('input[name="smsConsent"]');
    await phone.click('button[type="submit"]');
    await phone.waitForSelector('[role="status"]:has-text("已保存")');
    await shot(phone, '98-portal-opt-out-360');
    const after = await api.get<{ smsConsent: boolean }>(`/members/${member.id}`);
    expect(after.smsConsent).toBe(false);
  });
});
