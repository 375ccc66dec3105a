import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, startServer } from './harness.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('admin in Chromium', () => {
  it('signs in as the demo owner, switches language, reads the audit log and signs out', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.waitForSelector('[data-testid="login-submit"]');
    expect(await page.locator('body').innerText()).toContain('登录');
    await shot(page, '01-login-zh');

    await page.fill('#username', 'owner');
    await page.fill('#password', 'demo1234');
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="user-menu"]');
    expect(await page.locator('[data-testid="tenant-name"]').innerText()).toContain('悦享生活');
    await shot(page, '02-dashboard-zh');

    await page.locator('[data-testid="lang-switch"]').getByText('English').click();
    await page.waitForSelector('[data-testid="menu-audit"]:has-text("Audit log")');
    await shot(page, '03-dashboard-en');

    await page.click('[data-testid="menu-audit"]');
    await page.waitForSelector('[data-testid="audit-page"]');
    expect(page.url()).toMatch(/\/admin\/audit$/);
    // The demo seed and the sign-in wrote audit entries; the newest is this sign-in.
    await page.waitForSelector('[data-testid="audit-page"] .ant-table-row');
    const rows = await page.locator('[data-testid="audit-page"] .ant-table-row').count();
    expect(rows).toBeGreaterThanOrEqual(8);
    expect(await page.locator('[data-testid="audit-page"]').innerText()).toContain('Signed in');
    await shot(page, '04-audit-en');

    await page.click('[data-testid="user-menu"]');
    await page.click('[data-testid="logout"]');
    await page.waitForSelector('[data-testid="login-submit"]');
    expect(await page.locator('body').innerText()).toContain('Sign in');
    await shot(page, '05-signed-out-en');

    // The session really ended: the API refuses the old cookie.
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
  });

  it('shows a clear error for a wrong password', async () => {
    await page.goto(`${server.url}/admin/login`);
    await page.fill('#username', 'owner');
    await page.fill('#password', 'wrong-password1');
    await page.click('[data-testid="login-submit"]');
    const error = await page.waitForSelector('[data-testid="login-error"]');
    expect((await error.innerText()).length).toBeGreaterThan(3);
  });

  it('fits a 1024×768 tablet', async () => {
    const tablet = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await tablet.goto(`${server.url}/admin/login`);
    await tablet.fill('#username', 'manager');
    await tablet.fill('#password', 'demo1234');
    await tablet.click('[data-testid="login-submit"]');
    await tablet.waitForSelector('[data-testid="user-menu"]');
    const overflow = await tablet.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(tablet, '06-tablet-manager');
    await tablet.close();
  });

  it('changes the marketing rules on the settings page: quiet hours, cap and the SMS opt-out hint', async () => {
    const owner = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await owner.goto(`${server.url}/admin/login`);
    await owner.fill('#username', 'owner');
    await owner.fill('#password', 'demo1234');
    await owner.click('[data-testid="login-submit"]');
    await owner.waitForSelector('[data-testid="user-menu"]');
    await owner.goto(`${server.url}/admin/settings`);
    await owner.waitForSelector('[data-testid="settings-sms-opt-out-hint"]');
    expect(await owner.inputValue('[data-testid="settings-sms-opt-out-hint"]')).toBe('回T退订');
    await owner.fill('#marketingQuietStartHour', '22');
    await owner.fill('#marketingCapCount', '2');
    await owner.fill('[data-testid="settings-sms-opt-out-hint"]', '回TD退订');
    await owner.click('[data-testid="settings-save"]');
    await owner.waitForSelector('.ant-message-success');
    await shot(owner, '07-settings-marketing');
    const saved = await owner.evaluate(async () => (await (await fetch('/api/v1/settings')).json()).settings);
    expect(saved).toMatchObject({
      marketingQuietStartHour: 22,
      marketingQuietEndHour: 9,
      marketingCapCount: 2,
      marketingCapDays: 7,
      smsOptOutHint: '回TD退订',
    });
    await owner.close();
  });

  it('logs no errors in the browser console', () => {
    // 401 from the sign-out check above is expected; anything else is a bug.
    expect(consoleErrors.filter((e) => !/401|Unauthorized/.test(e))).toEqual([]);
  });
});
