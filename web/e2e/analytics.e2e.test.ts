import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageApi, shot, startServer } from './harness.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const api = () => pageApi(page, server.url);
const post = <T>(path: string, data: unknown) => api().post<T>(path, data, crypto.randomUUID());

interface Rfm {
  classes: Record<string, number>;
  rows: { memberId: string; memberRef: string; name: string; monetaryCents: number; rfmClass: string }[];
}
interface Abcd {
  classes: Record<string, number>;
}

/** ECharts animates bars in; a screenshot should show where they end. */
const settleCharts = () => page.waitForTimeout(1_200);

describe('member analytics in Chromium', () => {
  it('shows the API’s RFM class counts, exports them to Excel, drills down to a member; ABCD and affinity tabs', async () => {
    await page.goto(`${server.url}/admin/login`);
    await page.waitForSelector('[data-testid="login-submit"]');
    await page.fill('#username', 'owner');
    await page.fill('#password', 'demo1234');
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="dashboard"]');

    const store = await post<{ id: string }>('/stores', { code: 'AN', name: '分析测试店' });
    const cut = await post<{ id: string }>('/products', {
      kind: 'service',
      sku: 'AN-CUT',
      name: '分析剪发',
      priceCents: 5_000,
    });
    const dye = await post<{ id: string }>('/products', {
      kind: 'service',
      sku: 'AN-DYE',
      name: '分析染发',
      priceCents: 8_000,
    });
    const sell = async (memberId: string, productIds: string[]) => {
      const cart = {
        storeId: store.id,
        memberId,
        lines: productIds.map((productId) => ({ productId, qty: 1 })),
      };
      // Whatever the demo's levels and promotions take off, the order is paid exactly.
      const quote = await post<{ totalCents: number }>('/sales/quote', cart);
      return post<{ id: string; totalCents: number }>('/orders', {
        ...cart,
        till: 'AN1',
        payments: [{ method: 'wechat', amountCents: quote.totalCents }],
      });
    };
    const buyers: { id: string; name: string; paidCents: number }[] = [];
    for (const [i, baskets] of [[[cut.id, dye.id], [cut.id]], [[cut.id, dye.id]], [[dye.id]]].entries()) {
      const name = `分析会员${i + 1}`;
      const phone = `1390000${String(7100 + i)}`;
      const member = await post<{ id: string }>('/members', { name, phone });
      let paidCents = 0;
      for (const basket of baskets) paidCents += (await sell(member.id, basket)).totalCents;
      buyers.push({ id: member.id, name, paidCents });
    }

    const rfm = await api().get<Rfm>('/analytics/rfm?limit=10000');
    const mine = rfm.rows.find((r) => r.memberId === buyers[0]!.id)!;
    expect(mine).toMatchObject({ name: '分析会员1', monetaryCents: buyers[0]!.paidCents });

    await page.click('[data-testid="menu-analytics"]');
    await page.waitForSelector('[data-testid="analytics-rfm"]');
    // Every class count on the page is the API's.
    const count = (k: string) => page.locator(`[data-testid="rfm-count-${k}"]`);
    await count(mine.rfmClass)
      .filter({ hasText: String(rfm.classes[mine.rfmClass]) })
      .waitFor();
    for (const [k, n] of Object.entries(rfm.classes)) expect(await count(k).innerText(), k).toBe(String(n));
    await page.locator('[data-testid="rfm-chart"] canvas').waitFor();
    await settleCharts();
    await shot(page, '90-admin-analytics-rfm');

    // On paper: the chart and the table, not the controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid="rfm-export"]').isVisible()).toBe(false);
    expect(await count(mine.rfmClass).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="rfm-export"]'),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(rfm.rows.length + 1);
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === mine.memberRef) found = row;
    });
    expect(found?.getCell(2).value).toBe('分析会员1');
    expect(found?.getCell(4).value).toBe(2);
    expect(found?.getCell(5).value).toBe(buyers[0]!.paidCents / 100);

    // The class drills down to its members; a member opens their page.
    await page.click(`[data-testid="rfm-class-${mine.rfmClass}"]`);
    const drill = page.locator('[data-testid="rfm-drill"]');
    await drill.locator('a', { hasText: '分析会员1' }).waitFor();
    await shot(page, '91-admin-analytics-rfm-drill');
    await drill.locator('a', { hasText: '分析会员1' }).click();
    await page.waitForURL(`**/admin/members/${buyers[0]!.id}`);

    // ABCD: the counts on the page are the API's for the same inputs (a year, the median cuts).
    await page.goBack();
    await page.waitForSelector('[data-testid="analytics-page"]');
    await page.click('.ant-tabs-tab >> text=ABCD');
    await page.waitForSelector('[data-testid="analytics-abcd"]');
    const abcd = await api().get<Abcd>(`/analytics/abcd?windowDays=365&limit=1`);
    for (const [k, n] of Object.entries(abcd.classes)) {
      await page
        .locator(`[data-testid="abcd-count-${k}"]`)
        .filter({ hasText: String(n) })
        .waitFor();
    }
    await settleCharts();
    await shot(page, '92-admin-analytics-abcd');

    // Affinity: 剪发 and 染发 were bought together twice, 剪发 three times and 染发 three times.
    await page.click('.ant-tabs-tab >> text=商品关联');
    await page.waitForSelector('[data-testid="affinity-summary"]');
    const minSupport = page
      .locator('[data-testid="affinity-min-support"]')
      .locator('xpath=descendant-or-self::input')
      .first();
    await minSupport.fill('2');
    const pair = page
      .locator('[data-testid="analytics-affinity"] .ant-table-row')
      .filter({ hasText: '分析剪发 (AN-CUT)分析染发 (AN-DYE)' });
    await pair.first().waitFor();
    const cells = await pair.first().locator('td').allInnerTexts();
    expect(cells.slice(0, 5)).toEqual(['分析剪发 (AN-CUT)', '分析染发 (AN-DYE)', '2', '3', '3']);
    expect(cells[6]).toBe('0.6667');
    await shot(page, '93-admin-analytics-affinity');
  });
});
