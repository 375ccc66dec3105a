import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, startServer } from './harness.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  await page.goto(`${server.url}/admin/`);
  await page.fill('#username', 'owner');
  await page.fill('#password', 'demo1234');
  await page.click('[data-testid="login-submit"]');
  await page.waitForSelector('[data-testid="user-menu"]');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('members in Chromium', () => {
  it('registers a member, finds them by pinyin initials, recharges with a plan and sees principal and bonus', async () => {
    await page.click('[data-testid="menu-members"]');
    await page.waitForSelector('[data-testid="members-page"]');
    await page.click('[data-testid="member-create"]');
    await page.fill('[data-testid="member-name"]', '张三');
    await page.fill('[data-testid="member-phone"]', '13812345678');
    await page.click('[data-testid="member-save"]');
    await page.waitForSelector('[data-testid="member-360"]');

    await page.click('[data-testid="menu-members"]');
    await page.waitForSelector('[data-testid="member-search"]');
    await page.fill('[data-testid="member-search"]', 'zs');
    await page.press('[data-testid="member-search"]', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="member-row"]').length === 1);
    expect(await page.locator('[data-testid="member-row"]').innerText()).toContain('张三');
    await shot(page, '10-members-search-zs');
    await page.click('[data-testid="member-row"]');
    await page.waitForSelector('[data-testid="member-360"]');

    await page.click('[data-testid="recharge-open"]');
    await page.click('[data-testid^="plan-"]:has-text("充1000送150")');
    await page.click('[data-testid="pay-wechat"]');
    await page.click('[data-testid="recharge-submit"]');
    await page.waitForSelector('[data-testid="balance-principal"]:has-text("¥1,000.00")');
    await page.waitForSelector('[data-testid="balance-bonus"]:has-text("¥150.00")');
    expect(await page.locator('[data-testid="balance-total"]').innerText()).toContain('¥1,150.00');
    await shot(page, '11-member-360-after-recharge');

    // The ledger shows the recharge with the balance after it.
    await page.click('[data-testid="tab-ledger"]');
    const ledger = await page.locator('[data-testid="ledger-table"]').innerText();
    expect(ledger).toContain('1,000.00');
    expect(ledger).toContain('150.00');

    // Refund the recharge: nothing spent, so all principal back and all bonus forfeited.
    await page.click('[data-testid="tab-recharges"]');
    await page.click('[data-testid="recharge-refund"]');
    await page.fill('[data-testid="refund-reason"]', '客户不需要了');
    await page.click('[data-testid="refund-submit"]');
    const result = await page.waitForSelector('[data-testid="refund-result"]');
    expect(await result.innerText()).toContain('1,000.00');
    expect(await result.innerText()).toContain('150.00');
  });

  it('masks phone numbers for a cashier', async () => {
    const cashier = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await cashier.goto(`${server.url}/admin/login`);
    await cashier.fill('#username', 'cashier');
    await cashier.fill('#password', 'demo1234');
    await cashier.click('[data-testid="login-submit"]');
    await cashier.waitForSelector('[data-testid="user-menu"]');
    await cashier.click('[data-testid="menu-members"]');
    await cashier.fill('[data-testid="member-search"]', '13812345678');
    await cashier.press('[data-testid="member-search"]', 'Enter');
    await cashier.waitForSelector('[data-testid="member-row"]');
    const row = await cashier.locator('[data-testid="member-row"]').first().innerText();
    expect(row).toContain('138****5678');
    expect(row).not.toContain('13812345678');
    await shot(cashier, '12-members-cashier-masked');
    await cashier.close();
  });
});
