import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
  await page.goto(`${server.url}/admin/login`);
  await page.fill('#username', 'owner');
  await page.fill('#password', 'demo1234');
  await page.click('[data-testid="login-submit"]');
  await page.waitForSelector('[data-testid="user-menu"]');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('legacy import in Chromium', () => {
  it('uploads a CSV, dry-runs, imports, shows the counts and the opening balance on the member', async () => {
    const rows = [
      '姓名,手机号,门店,本金,赠送,积分',
      '导入甲,13600000001,S01,100.00,20,150',
      '导入乙,13600000002,S02,50.5,,',
      '坏手机,1360000,S01,1,,',
      '坏门店,13600000004,S99,1,,',
    ];
    for (let i = 0; i < 2000; i++)
      rows.push(`批量${i},135${String(10_000_000 + i).slice(-8)},S01,${i % 100},,${i % 10}`);
    const file = join(mkdtempSync(join(tmpdir(), 'md-import-')), 'legacy.csv');
    writeFileSync(file, `\ufeff${rows.join('\r\n')}\r\n`);

    await page.click('[data-testid="menu-import"]');
    await page.waitForSelector('[data-testid="import-page"]');
    await page.setInputFiles('[data-testid="import-file"] input[type=file]', file);
    await page.waitForSelector('[data-testid="import-preview"]');
    await shot(page, '20-import-mapping');

    await page.click('[data-testid="import-dry-run"]');
    await page.waitForSelector('[data-testid="import-dry-run-done"]');
    expect(await page.locator('[data-testid="import-imported"]').innerText()).toContain('2002');
    await page.click('[data-testid="import-run-real"]');
    await page.waitForSelector('[data-testid="import-done"]', { timeout: 60_000 });
    expect(await page.locator('[data-testid="import-imported"]').innerText()).toContain('2002');
    expect(await page.locator('[data-testid="import-rejected"]').innerText()).toContain('2');
    expect(await page.locator('[data-testid="import-rejected-download"]').count()).toBe(1);
    await shot(page, '21-import-done');

    await page.click('[data-testid="menu-members"]');
    await page.fill('[data-testid="member-search"]', '13600000001');
    await page.press('[data-testid="member-search"]', 'Enter');
    await page.click('[data-testid="member-row"]');
    await page.waitForSelector('[data-testid="balance-principal"]:has-text("¥100.00")');
    expect(await page.locator('[data-testid="balance-bonus"]').innerText()).toContain('¥20.00');
    await page.click('[data-testid="tab-timeline"]');
    await page.waitForSelector('[data-testid="timeline-event"][data-kind="opening"]');
    await shot(page, '22-member-timeline');
  });
});

describe('sales-history import in Chromium', () => {
  it('uploads a gzipped Online Retail log, maps it by itself, imports it and shows it on the member timeline', async () => {
    const rows = [
      'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
      '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom',
      '536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom',
      'C536383,71053,WHITE METAL LANTERN,-2,2010-12-01 09:49:00,3.39,17850.0,United Kingdom',
      '536370,22728,ALARM CLOCK BAKELIKE PINK,24,2010-12-01 08:45:00,3.75,,France',
      '550193,PADS,PADS TO MATCH ALL CUSHIONS,1,2011-04-15 09:27:00,0.001,13952.0,United Kingdom',
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'md-history-')), 'online-retail.csv.gz');
    writeFileSync(file, gzipSync(`${rows.join('\n')}\n`));

    await page.click('[data-testid="menu-import"]');
    await page.waitForSelector('[data-testid="import-page"]');
    await page.click('[data-testid="import-kind"] >> text=销售历史');
    await page.setInputFiles('[data-testid="import-file"] input[type=file]', file);
    await page.waitForSelector('[data-testid="import-preview"]');
    await page.click('[data-testid="import-run"]');
    await page.waitForSelector('[data-testid="import-done"]', { timeout: 60_000 });
    expect(await page.locator('[data-testid="import-imported"]').innerText()).toContain('4');
    expect(await page.locator('[data-testid="import-rejected"]').innerText()).toContain('1');
    await shot(page, '23-history-import-done');

    await page.click('[data-testid="menu-members"]');
    await page.fill('[data-testid="member-search"]', '顾客17850');
    await page.press('[data-testid="member-search"]', 'Enter');
    // Imported customers have no phone: they are found by the name the import gave them.
    await page.click('[data-testid="member-row"]:has-text("顾客17850")');
    await page.click('[data-testid="tab-timeline"]');
    await page.waitForSelector('[data-testid="timeline-event"][data-kind="return"]');
    expect(await page.locator('[data-testid="timeline-event"][data-kind="sale"]').count()).toBe(1);
  });
});
