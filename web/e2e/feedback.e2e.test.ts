import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, launchBrowser, shot, startServer } from './harness.ts';

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

async function api<T>(method: 'get' | 'post', path: string, data?: unknown): Promise<T> {
  const response =
    method === 'get'
      ? await page.request.get(`${server.url}/api/v1${path}`)
      : await page.request.post(`${server.url}/api/v1${path}`, { data, headers: { origin: server.url } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

interface OrderSummary {
  id: string;
  orderNo: string;
  memberId: string | null;
  memberName: string | null;
}

describe('a complaint from the counter to closed, in Chromium', () => {
  it('logs a complaint about a visit, assigns, resolves and closes it in the drawer; the member timeline shows it', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.waitForSelector('[data-testid="login-submit"]');
    await page.fill('#username', 'owner');
    await page.fill('#password', 'demo1234');
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="user-menu"]');

    // A demo member's visit to complain about.
    const orders = await api<{ items: OrderSummary[] }>('get', '/orders?limit=50');
    const visit = orders.items.find((o) => o.memberId)!;
    expect(visit).toBeTruthy();

    await page.goto(`${server.url}/admin/feedback`);
    await page.waitForSelector('[data-testid="complaints-tab"]');
    await page.click('[data-testid="complaint-new"]');
    await page.waitForSelector('[data-testid="complaint-form"]');
    await page.fill('.ant-modal-wrap:visible #orderId', visit.id);
    await page.fill('[data-testid="complaint-description"]', '等候时间太长，服务不到位');
    await shot(page, '60-complaint-new');
    await page.click('.ant-modal-wrap:visible .ant-btn-primary');
    // Saving opens the new complaint's drawer.
    await page.waitForSelector('[data-testid="complaint-drawer"]');
    expect(await page.textContent('[data-testid="complaint-status"]')).toBe('新投诉');
    expect(await page.textContent('[data-testid="complaint-drawer"]')).toContain(visit.orderNo);

    // Assign to the manager.
    await chooseOption(page, '[data-testid="complaint-workflow"] #assigneeUserId', '李店长');
    await page.fill('[data-testid="complaint-note-text"]', '请今天联系会员');
    await page.click('[data-testid="complaint-move-assigned"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="complaint-status"]')?.textContent === '处理中',
    );

    // Resolve with what was done, then close.
    await page.fill('[data-testid="complaint-resolution"]', '致电道歉，赠送护理一次');
    await page.click('[data-testid="complaint-move-resolved"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="complaint-status"]')?.textContent === '已解决',
    );
    await page.click('[data-testid="complaint-move-closed"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="complaint-status"]')?.textContent === '已关闭',
    );
    const kinds = await page.$$eval('[data-testid="complaint-note"]', (els) =>
      els.map((e) => e.getAttribute('data-kind')),
    );
    expect(kinds).toEqual(['created', 'assign', 'status', 'status']);
    await shot(page, '61-complaint-closed');

    const list = await api<{ items: { id: string; status: string; orderId: string | null }[] }>(
      'get',
      '/complaints',
    );
    expect(list.items[0]).toMatchObject({ status: 'closed', orderId: visit.id });

    // The member 360 timeline carries the complaint and the visit.
    await page.goto(`${server.url}/admin/members/${visit.memberId}`);
    await page.click('[data-testid="tab-timeline"]');
    await page.waitForSelector('[data-testid="timeline-event"][data-source="complaint"]');
    expect(await page.$('[data-testid="timeline-event"][data-source="order"]')).not.toBeNull();
    await shot(page, '62-timeline-complaint');
  }, 120_000);
});
