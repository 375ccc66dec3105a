import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageApi, shot, startServer } from './harness.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

async function signIn(username: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}/admin/`);
  await page.fill('#username', username);
  await page.fill('#password', 'demo1234');
  await page.click('[data-testid="login-submit"]');
  await page.waitForSelector('[data-testid="user-menu"]');
  return page;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('recharge commission in Chromium', () => {
  it('a recharge names the serving technician, whose own statement then shows 3% of the principal', async () => {
    const owner = await signIn('owner');
    const api = pageApi(owner, server.url);
    await api.post('/commission/rules', {
      name: '充值提成',
      scope: 'recharge',
      basis: 'percent',
      assignedValue: 300,
      requestedValue: 500,
    });
    const member = await api.post<{ id: string }>('/members', { name: '提成测试', phone: '13900007788' });

    await owner.goto(`${server.url}/admin/members/${member.id}`);
    await owner.waitForSelector('[data-testid="member-360"]');
    await owner.click('[data-testid="recharge-open"]');
    await owner.fill('[data-testid="recharge-amount"]', '500');
    await owner.click('[data-testid="serving-staff-open"]');
    await owner.click('[data-testid="staff-person"]:has-text("刘技师")');
    await owner.click('[data-testid="staff-ok"]');
    await owner.waitForSelector('[data-testid="serving-staff-summary"]:has-text("刘技师 100% 轮钟")');
    await shot(owner, '70-recharge-with-staff');
    await owner.click('[data-testid="pay-wechat"]');
    await owner.click('[data-testid="recharge-submit"]');
    await owner.waitForSelector('[data-testid="balance-principal"]:has-text("¥500.00")');

    // The technician signs in and reads their own statement: the recharge, on ¥500 at 3%.
    const staff = await signIn('staff');
    await staff.goto(`${server.url}/admin/commission`);
    const row = staff.locator('[data-testid="commission-statement"] tr', { hasText: '充值' }).first();
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('¥500.00');
    expect(text).toContain('¥15.00');
    expect(text).toContain('3%');
    await shot(staff, '71-commission-statement-recharge');
    await staff.close();
    await owner.close();
  });
});
