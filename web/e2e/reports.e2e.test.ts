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
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const post = <T>(path: string, data: unknown) =>
  pageApi(page, server.url).post<T>(path, data, crypto.randomUUID());

// Two services, so the by-item report has two rows and a total to check; a store of its own, so the
// demo's trading history does not blur the figures. 2 × 123.45 + 68.00 = 314.90 meets the demo's
// 满300减30: 30.00 off, allocated 23.52 / 6.48 by the largest remainder, so the order is 284.90.
const WASH_CENTS = 12_345;
const WAX_CENTS = 6_800;
const WASH_LINE_CENTS = 22_338;
const WAX_LINE_CENTS = 6_152;
const SALE_CENTS = 28_490;

/** ECharts animates bars and lines in; a screenshot should show where they end. */
const settleCharts = () => page.waitForTimeout(1_200);

describe('dashboard and sales report in Chromium', () => {
  it('shows a sale and a refund on the dashboard and in the sales report, exports the report to Excel and fits a phone', async () => {
    await page.goto(`${server.url}/admin/login`);
    await page.waitForSelector('[data-testid="login-submit"]');
    await page.fill('#username', 'owner');
    await page.fill('#password', 'demo1234');
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="dashboard"]');

    const store = await post<{ id: string; code: string; name: string }>('/stores', {
      code: 'R9',
      name: '报表测试店',
    });
    const wash = await post<{ id: string }>('/products', {
      kind: 'service',
      sku: 'RP-WASH',
      name: '精洗',
      priceCents: WASH_CENTS,
    });
    const wax = await post<{ id: string }>('/products', {
      kind: 'service',
      sku: 'RP-WAX',
      name: '打蜡',
      priceCents: WAX_CENTS,
    });
    const order = await post<{ id: string }>('/orders', {
      storeId: store.id,
      till: 'R1',
      lines: [
        { productId: wash.id, qty: 2 },
        { productId: wax.id, qty: 1 },
      ],
      payments: [{ method: 'wechat', amountCents: SALE_CENTS }],
    });
    const saleCents = SALE_CENTS;
    // The wax comes back: refunds count on the day they happen, the sale stays what it charged.
    await post(`/orders/${order.id}/refunds`, {
      till: 'R1',
      lines: [{ lineNo: 2, qty: 1 }],
      reason: '顾客不满意',
    });
    const netCents = SALE_CENTS - WAX_LINE_CENTS;

    // The new store becomes the current one: the dashboard follows the header's store.
    await page.evaluate((id) => localStorage.setItem('md.store', id), store.id);
    await page.goto(`${server.url}/admin/`);
    const sales = page.locator('[data-testid="kpi-salesCents"] .ant-statistic-content');
    await sales.filter({ hasText: formatYuan(saleCents) }).waitFor();
    expect(await sales.innerText()).toBe(formatYuan(saleCents));
    expect(await page.locator('[data-testid="kpi-orderCount"] .ant-statistic-content').innerText()).toBe('1');
    expect(await page.locator('[data-testid="kpi-refundCents"] .ant-statistic-content').innerText()).toBe(
      formatYuan(WAX_LINE_CENTS),
    );
    expect(await page.locator('[data-testid="kpi-netCents"] .ant-statistic-content').innerText()).toBe(
      formatYuan(netCents),
    );
    // Nothing yesterday to compare with.
    expect(await page.locator('[data-testid="kpi-salesCents-change"]').innerText()).toContain('上期为零');
    // Top items: the wash sold twice leads.
    const topRows = page.locator('[data-testid="dashboard-top-table"] .ant-table-row');
    await topRows.first().waitFor();
    expect(await topRows.count()).toBe(2);
    expect(await topRows.first().innerText()).toContain('精洗');
    expect(await topRows.first().innerText()).toContain(formatYuan(WASH_LINE_CENTS));
    await page.locator('[data-testid="dashboard-trend-chart"] canvas').waitFor();
    await settleCharts();
    await shot(page, '80-admin-dashboard');

    // The month holds the same sale.
    await page.click('[data-testid="dashboard-period"] >> text=本月');
    await page
      .locator('[data-testid="kpi-salesCents"]')
      .filter({ hasText: formatYuan(saleCents) })
      .waitFor();

    // The sales report by item: two rows and their total; Excel has the same figures.
    await page.click('[data-testid="menu-salesReport"]');
    await page.waitForSelector('[data-testid="sales-report"]');
    // This month to today, in the tenant's zone (in Shanghai the next day starts at 16:00 UTC).
    const { from, to } = await pageApi(page, server.url).get<{ from: string; to: string }>(
      '/reports/dashboard?period=month',
    );
    await page
      .locator('[data-testid="sales-report"] .ant-card-head-title')
      .filter({ hasText: `${from} ~ ${to}` })
      .waitFor();
    await page.click('[data-testid="sales-by-product"]');
    const totals = page.locator('[data-testid="sales-report-totals"]');
    await totals.filter({ hasText: formatYuan(saleCents) }).waitFor();
    const rows = page.locator('[data-testid="sales-report-table"] .ant-table-row');
    expect(await rows.count()).toBe(2);
    // Services carry no cost, so the whole net is gross profit.
    expect((await totals.innerText()).split(/\s+/)).toEqual([
      '合计',
      '1',
      '3',
      formatYuan(saleCents),
      formatYuan(WAX_LINE_CENTS),
      formatYuan(netCents),
      '¥0.00',
      formatYuan(netCents),
      '100.0%',
    ]);
    await settleCharts();
    await shot(page, '82-admin-sales-report');

    // On paper: the table and its totals, without the menu or the controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid="sales-report-export"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="menu-salesReport"]').isVisible()).toBe(false);
    expect(await totals.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="sales-report-export"]'),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0]!;
    const byLabel = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row) => byLabel.set(String(row.getCell(1).value), row));
    expect(byLabel.get('精洗')?.getCell(3).value).toBe(2);
    expect(byLabel.get('精洗')?.getCell(4).value).toBe(WASH_LINE_CENTS / 100);
    expect(byLabel.get('打蜡')?.getCell(4).value).toBe(WAX_LINE_CENTS / 100);
    expect(byLabel.get('打蜡')?.getCell(5).value).toBe(WAX_LINE_CENTS / 100);
    expect(byLabel.get('打蜡')?.getCell(6).value).toBe(0);
    expect(byLabel.get('合计 Total')?.getCell(4).value).toBe(284.9);
    expect(byLabel.get('合计 Total')?.getCell(6).value).toBe(223.38);

    // Payment methods: all of it by WeChat.
    await page.click('[data-testid="sales-by-payment"]');
    const payment = page.locator('[data-testid="sales-report-table"] .ant-table-row').first();
    await payment.filter({ hasText: '微信' }).waitFor();
    expect(await payment.innerText()).toContain(formatYuan(saleCents));
    expect(await payment.innerText()).toContain(formatYuan(WAX_LINE_CENTS));

    // A phone: the cards stack, the charts take the full width, nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${server.url}/admin/`);
    await page
      .locator('[data-testid="kpi-salesCents"]')
      .filter({ hasText: formatYuan(saleCents) })
      .waitFor();
    const card = await page.locator('[data-testid="kpi-salesCents"]').boundingBox();
    const next = await page.locator('[data-testid="kpi-orderCount"]').boundingBox();
    expect(next!.y).toBeGreaterThan(card!.y + card!.height - 1);
    const chart = await page.locator('[data-testid="dashboard-trend-chart"]').boundingBox();
    expect(chart!.width).toBeGreaterThan(200);
    for (const testId of [
      'kpi-salesCents',
      'dashboard-trend-chart',
      'dashboard-top-table',
      'dashboard-store-table',
    ]) {
      const box = await page.locator(`[data-testid="${testId}"]`).boundingBox();
      expect(box!.x + box!.width, testId).toBeLessThanOrEqual(360);
    }
    await settleCharts();
    await shot(page, '81-admin-dashboard-phone');
    await page.locator('[data-testid="dashboard-top-chart"]').scrollIntoViewIfNeeded();
    await settleCharts();
    await shot(page, '83-admin-dashboard-phone-charts');
    await page.goto(`${server.url}/admin/reports/sales`);
    await page
      .locator('[data-testid="sales-report-totals"]')
      .filter({ hasText: formatYuan(saleCents) })
      .waitFor();
    for (const testId of ['sales-report-chart', 'sales-report-table']) {
      const box = await page.locator(`[data-testid="${testId}"]`).boundingBox();
      expect(box!.x + box!.width, testId).toBeLessThanOrEqual(360);
    }
    await settleCharts();
    await shot(page, '85-admin-sales-report-phone');
    await page.goto(`${server.url}/admin/`);
    await page
      .locator('[data-testid="kpi-salesCents"]')
      .filter({ hasText: formatYuan(saleCents) })
      .waitFor();

    // An owner may look at every store at once: the month of the whole demo chain, as the API has it.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.click('[data-testid="dashboard-period"] >> text=本月');
    await chooseOption(page, '[data-testid="dashboard-store"]', '全部门店');
    const chain = await pageApi(page, server.url).get<{ totals: { salesCents: number; orderCount: number } }>(
      '/reports/dashboard?period=month',
    );
    expect(chain.totals.salesCents).toBeGreaterThan(saleCents);
    await page
      .locator('[data-testid="kpi-salesCents"]')
      .filter({ hasText: formatYuan(chain.totals.salesCents) })
      .waitFor();
    expect(await page.locator('[data-testid="kpi-orderCount"] .ant-statistic-content').innerText()).toBe(
      String(chain.totals.orderCount),
    );
    expect(await page.locator('[data-testid="dashboard-store-table"] .ant-table-row').count()).toBe(3);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settleCharts();
    await shot(page, '84-admin-dashboard-chain');
  }, 180_000);
});
