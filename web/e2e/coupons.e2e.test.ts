import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatYuan } from '../src/lib/money.ts';
import { chooseOption, launchBrowser, pageApi, shot, startServer } from './harness.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const post = <T>(path: string, data: unknown, idempotencyKey?: string) =>
  pageApi(page, server.url).post<T>(path, data, idempotencyKey);
const get = <T>(path: string) => pageApi(page, server.url).get<T>(path);

interface Coupon {
  id: string;
  name: string;
  status: string;
  source: string;
  redeemedOrderId: string | null;
  discountCents: number;
}
interface Product {
  id: string;
  barcodes: string[];
}

/** Picks an option of the Ant Design select whose input has this id. */
async function choose(id: string, option: string): Promise<void> {
  await chooseOption(page, `.ant-modal-wrap:visible #${id}`, option);
}

const TAG = '满减活动';
const TEMPLATE = '满100减20（E2E）';

describe('a 满减 coupon from template to till in Chromium', () => {
  it('creates the template, a segment and a campaign in /admin, then redeems one coupon at /pos', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.waitForSelector('[data-testid="login-submit"]');
    await page.fill('#username', 'owner');
    await page.fill('#password', 'demo1234');
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="user-menu"]');

    // The template: ¥20 off from ¥100 (满减), valid 30 days.
    await page.goto(`${server.url}/admin/coupons`);
    await page.click('[data-testid="coupons-new"]');
    await page.waitForSelector('[data-testid="coupons-drawer"]');
    await page.fill('[data-testid="coupons-name-input"]', TEMPLATE);
    await page.click('[data-testid="coupons-drawer"] .ant-radio-button-wrapper:has-text("满减")');
    await page.fill('[data-testid="coupons-amount-input"]', '20');
    await page.fill('[data-testid="coupons-threshold-input"]', '100');
    await shot(page, '40-coupon-template');
    await page.click('[data-testid="coupons-save"]');
    await page.waitForSelector('[data-testid="coupons-drawer"]', { state: 'hidden' });
    const templates =
      await get<{ id: string; name: string; kind: string; value: number; thresholdCents: number }[]>(
        '/coupon-templates',
      );
    const template = templates.find((t) => t.name === TEMPLATE)!;
    expect(template).toMatchObject({ kind: 'threshold', value: 2_000, thresholdCents: 10_000 });

    // Two members carry the campaign's tag; the demo's own members do not.
    const members: { id: string; phone: string }[] = [];
    for (const phone of ['13655550101', '13655550202']) {
      const m = await post<{ id: string }>('/members', {
        name: `券客${phone.slice(-2)}`,
        phone,
        tags: [TAG],
      });
      members.push({ id: m.id, phone });
    }

    // The segment: everyone tagged 满减活动; counted before saving.
    await page.goto(`${server.url}/admin/engagement`);
    await page.click('[data-testid="segment-new"]');
    await page.fill('[data-testid="segment-name"]', '满减活动会员');
    await page.click('.ant-modal-wrap:visible #tagsAny', { force: true });
    await page.keyboard.type(TAG);
    await page.keyboard.press('Enter');
    await page.click('[data-testid="segment-count"]');
    await page.waitForSelector('.ant-modal-wrap:visible .ant-statistic-content-value:has-text("2")');
    await shot(page, '41-segment-count');
    await page.click('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary');
    await page.waitForSelector('.ant-modal-wrap:visible', { state: 'detached' });
    await page.waitForSelector('td:has-text("满减活动会员")');

    // The campaign: an inbox note with the coupon, sent now.
    await page.click('.ant-tabs-tab:has-text("营销活动")');
    await page.click('[data-testid="campaign-new"]');
    await page.waitForSelector('.ant-modal-wrap:visible #name');
    await page.fill('.ant-modal-wrap:visible #name', '周末满减');
    await choose('segmentId', '满减活动会员');
    await choose('channel', '站内信');
    await page.fill('.ant-modal-wrap:visible #subject', '送您一张满减券');
    await page.fill('.ant-modal-wrap:visible #body', '{{name}}，满100减20，本周末有效');
    await choose('couponTemplateId', TEMPLATE);
    await shot(page, '42-campaign-new');
    await page.click('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary');
    await page.waitForSelector('.ant-modal-wrap:visible', { state: 'detached' });
    await page.waitForSelector('td:has-text("周末满减")');
    for (const m of members) {
      const coupons = await get<Coupon[]>(`/members/${m.id}/coupons`);
      expect(coupons.map((c) => [c.name, c.status, c.source])).toEqual([[TEMPLATE, 'issued', 'campaign']]);
    }
    const buyer = members[0]!;
    const [coupon] = await get<Coupon[]>(`/members/${buyer.id}/coupons`);

    // The till: two bottles of shampoo (¥178), the member, the coupon, cash.
    await page.goto(`${server.url}/pos/`);
    await page.waitForSelector('[data-testid="pos-setup-ok"]');
    await page.fill('[data-testid="pos-till"]', 'T9');
    await page.click('[data-testid="pos-setup-ok"]');
    await page.waitForSelector('[data-testid="open-shift"]');
    await page.fill('[data-testid="shift-float"]', '100');
    await page.press('[data-testid="shift-float"]', 'Enter');
    await page.waitForSelector('[data-testid="pos-screen"]');
    const storeId = await page.evaluate(() => localStorage.getItem('md.store'));
    const shampoo = (await get<{ items: Product[] }>('/products?q=GD-SHAMPOO')).items[0]!;
    const lines = [{ productId: shampoo.id, qty: 2 }];
    const without = await post<{ totalCents: number }>('/sales/quote', {
      storeId,
      memberId: buyer.id,
      lines,
    });
    const expected = without.totalCents - 2_000;

    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'scan-input');
    for (let i = 0; i < 2; i++) {
      await page.keyboard.type(shampoo.barcodes[0]!);
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('[data-testid="cart-line"] td:nth-child(3):has-text("2")');
    await page.keyboard.press('F2');
    await page.fill('[data-testid="member-q"]', buyer.phone);
    await page.press('[data-testid="member-q"]', 'Enter');
    await page.waitForSelector('[data-testid="member-name"]:has-text("券客01")');
    await page.waitForSelector(`[data-testid="coupon-pick"]:has-text("${TEMPLATE}")`);
    await page.click(`[data-testid="coupon-pick"]:has-text("${TEMPLATE}")`);
    await page.waitForSelector(`[data-testid="cart-total"]:has-text("${formatYuan(expected)}")`);
    await shot(page, '43-pos-coupon-applied');

    await page.keyboard.press('F8');
    await page.waitForSelector(`[data-testid="tender-total"]:has-text("${formatYuan(expected)}")`);
    await page.keyboard.press('F1');
    await page.waitForSelector('[data-testid="tender-amount-cash"]');
    await page.fill('[data-testid="tender-cash-given"]', '200');
    await page.press('[data-testid="tender-cash-given"]', 'Enter');
    await page.waitForSelector('[data-testid="receipt-80"]');
    await shot(page, '44-pos-coupon-receipt');

    // The books: the coupon is used on this order and the order is ¥20.00 less.
    const orders = await get<{ items: { id: string; memberId: string | null; totalCents: number }[] }>(
      `/orders?storeId=${storeId}`,
    );
    const order = orders.items.find((o) => o.memberId === buyer.id)!;
    expect(order.totalCents).toBe(expected);
    expect(without.totalCents - order.totalCents).toBe(2_000);
    const after = (await get<Coupon[]>(`/members/${buyer.id}/coupons`)).find((c) => c.id === coupon!.id)!;
    expect(after).toMatchObject({ status: 'redeemed', redeemedOrderId: order.id, discountCents: 2_000 });
    // The other member's coupon is untouched.
    const other = await get<Coupon[]>(`/members/${members[1]!.id}/coupons`);
    expect(other.map((c) => c.status)).toEqual(['issued']);
  });
});
