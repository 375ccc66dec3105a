import ExcelJS from 'exceljs';
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
  // The tenant's zone, so "this month" on the page is the month the server reports.
  page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const post = <T>(path: string, data: unknown) =>
  pageApi(page, server.url).post<T>(path, data, crypto.randomUUID());

// Two stores of their own, so the demo's trading does not blur the figures: a member of S1 spends
// S1's money in S2 (a ¥123.45 service), a member of S2 spends S2's money in S1 (a ¥20.00 one). S1
// owes S2 the difference; the two nets sum to zero, as do all stores' together. Each sale pays what
// the till quotes (a member-day promotion on a Wednesday would lower it).
describe('cross-store settlement in Chromium', () => {
  it('shows who owes whom for stored value spent in another store, prints, and exports the matrix to Excel', async () => {
    await page.goto(`${server.url}/admin/login`);
    await page.waitForSelector('[data-testid="login-submit"]');
    await page.fill('#username', 'owner');
    await page.fill('#password', 'demo1234');
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="dashboard"]');

    const s1 = await post<{ id: string }>('/stores', { code: 'S1', name: '结算一店' });
    const s2 = await post<{ id: string }>('/stores', { code: 'S2', name: '结算二店' });
    const service = async (sku: string, priceCents: number) =>
      (
        await post<{ id: string }>('/products', {
          kind: 'service',
          sku,
          name: sku,
          priceCents,
          levelDiscount: false,
        })
      ).id;
    const spend = async (home: string, at: string, productId: string, phone: string) => {
      const member = await post<{ id: string }>('/members', {
        name: `结算${phone.slice(-2)}`,
        phone,
        homeStoreId: home,
      });
      await post(`/members/${member.id}/recharges`, {
        storeId: home,
        amountCents: 50_000,
        paymentMethod: 'cash',
      });
      const cart = { storeId: at, memberId: member.id, lines: [{ productId, qty: 1 }] };
      const { totalCents } = await post<{ totalCents: number }>('/sales/quote', cart);
      await post('/orders', {
        ...cart,
        till: 'ST',
        payments: [{ method: 'stored_value', amountCents: totalCents }],
      });
      return totalCents;
    };
    const s1SpentInS2 = await spend(s1.id, s2.id, await service('ST-123', 12_345), '13900007701');
    const s2SpentInS1 = await spend(s2.id, s1.id, await service('ST-20', 2_000), '13900007703');
    const net = s1SpentInS2 - s2SpentInS1;
    expect(net).toBeGreaterThan(0);

    await page.click('[data-testid="menu-settlement"]');
    await page.waitForSelector('[data-testid="settlement-page"]');
    const netS2 = page.locator('[data-testid="settlement-net-S2"]');
    await netS2.filter({ hasText: formatYuan(net) }).waitFor();
    expect(await page.locator('[data-testid="settlement-net-S1"]').innerText()).toBe(formatYuan(-net));
    expect(await page.locator('[data-testid="settlement-cell-S1-S2"]').innerText()).toBe(
      formatYuan(s1SpentInS2),
    );
    expect(await page.locator('[data-testid="settlement-cell-S2-S1"]').innerText()).toBe(
      formatYuan(s2SpentInS1),
    );
    // Every store's net together, the demo chain's included, is zero.
    expect(await page.locator('[data-testid="settlement-total"]').innerText()).toBe(formatYuan(0));
    await page.locator('[data-testid="settlement-chart"] canvas').waitFor();
    await page.waitForTimeout(1_200); // ECharts animates the bars in
    await shot(page, '86-admin-settlement');

    // On paper: the figures without the controls or the menu.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid="settlement-export"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="menu-settlement"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="settlement-matrix"]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="settlement-export"]'),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('settlement')!;
    const header = sheet.getRow(1);
    const column = (title: string) => {
      let found = 0;
      header.eachCell((cell, n) => {
        if (cell.value === title) found = n;
      });
      expect(found, title).toBeGreaterThan(0);
      return found;
    };
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row) => rows.set(String(row.getCell(1).value), row));
    const s1Row = rows.get('S1 结算一店')!;
    expect(s1Row.getCell(column('消费于 Spent in S2')).value).toBe(s1SpentInS2 / 100);
    expect(s1Row.getCell(column('净额 Net (¥)')).value).toBe(-net / 100);
    expect(rows.get('S2 结算二店')!.getCell(column('净额 Net (¥)')).value).toBe(net / 100);
    const total = [...rows.keys()].find((k) => k.startsWith('合计 Total'))!;
    expect(rows.get(total)!.getCell(column('净额 Net (¥)')).value).toBe(0);

    // The liability: what is left of each recharge belongs to the store it was made in.
    await page.click('[data-testid="menu-liability"]');
    await page.waitForSelector('[data-testid="liability-page"]');
    await chooseOption(page, '[data-testid="liability-store"]', '全部门店');
    const s1Liability = page
      .locator('[data-testid="liability-table"] .ant-table-row')
      .filter({ hasText: '结算一店' });
    await s1Liability.filter({ hasText: formatYuan(50_000 - s1SpentInS2) }).waitFor();
    expect(await s1Liability.innerText()).toContain(formatYuan(50_000 - s1SpentInS2));
    const s2Liability = page
      .locator('[data-testid="liability-table"] .ant-table-row')
      .filter({ hasText: '结算二店' });
    expect(await s2Liability.innerText()).toContain(formatYuan(50_000 - s2SpentInS1));
    await page.locator('[data-testid="liability-chart"] canvas').waitFor();
    await page.waitForTimeout(1_200);
    await shot(page, '87-admin-liability');

    // Member growth: the three members joined today, at their home stores.
    await page.click('[data-testid="menu-memberGrowth"]');
    await page.waitForSelector('[data-testid="member-growth-page"]');
    await chooseOption(page, '[data-testid="member-growth-store"]', '全部门店');
    const s1Growth = page
      .locator('[data-testid="member-growth-stores"] .ant-table-row')
      .filter({ hasText: '结算一店' });
    await s1Growth.waitFor();
    // New: its own member; active: S2's member, who bought here once; no repeat buyer.
    expect((await s1Growth.innerText()).split(/\s+/).slice(-3)).toEqual(['1', '1', '0']);
    await page.locator('[data-testid="member-growth-chart"] canvas').waitFor();
    await page.waitForTimeout(1_200);
    await shot(page, '88-admin-member-growth');
  });
});
