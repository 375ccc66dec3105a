import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, launchBrowser, pageApi, shot, startServer } from './harness.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
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

const post = <T>(path: string, data: unknown, idempotencyKey?: string) =>
  pageApi(page, server.url).post<T>(path, data, idempotencyKey);
const get = <T>(path: string) => pageApi(page, server.url).get<T>(path);

interface CardItem {
  itemCode: string;
  sessionsLeft: number | null;
  sessionsReserved: number;
}
interface MemberCard {
  id: string;
  name: string;
  items: CardItem[];
}
interface Appointment {
  id: string;
  status: string;
  session: string;
  cardId: string | null;
  staffName: string | null;
  serviceName: string;
}

/** Picks an option in the open antd Select dropdown. */
async function pickOption(text: string) {
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: text })
    .first();
  await option.waitFor();
  await option.click();
}

describe('appointments in Chromium', () => {
  it('books an appointment that holds a card session, marks arrival and the session is used', async () => {
    // The flagship store S01, where 刘技师 works, as the current store.
    const me = await get<{ stores: { id: string; code: string }[] }>('/auth/me');
    const storeId = me.stores.find((s) => s.code === 'S01')!.id;
    await page.evaluate((id) => localStorage.setItem('md.store', id), storeId);
    await page.reload();
    await page.waitForSelector('[data-testid="user-menu"]');
    // A demo member buys the facial package card (8 facials) first.
    const member = (await get<{ items: { id: string; name: string; phone: string }[] }>('/members?q=0000'))
      .items[0]!;
    const products = await get<{ id: string; name: string }[]>('/card-products');
    const facialCard = products.find((p) => p.name === '面部护理套餐卡')!;
    const card = await post<MemberCard>(
      `/members/${member.id}/cards`,
      { cardProductId: facialCard.id, storeId, paymentMethod: 'cash' },
      crypto.randomUUID(),
    );
    const facial = () => card.items.find((i) => i.itemCode === 'SV-FACIAL')!;
    expect(facial()).toMatchObject({ sessionsLeft: 8, sessionsReserved: 0 });
    const staff = await get<{ userId: string; displayName: string }[]>(
      `/stores/${storeId}/appointment-staff`,
    );
    const liu = staff.find((s) => s.displayName === '刘技师')!;

    // Tomorrow, 10:00, with 刘技师: click the free slot in the day view.
    await page.click('[data-testid="menu-appointments"]');
    await page.waitForSelector('[data-testid="calendar-day"]');
    await page.click('[data-testid="day-next"]');
    await page.click(`[data-testid="book-${liu.userId}-10:00"]`);
    await page.click('[data-testid="book-member"] .ant-select');
    await page.keyboard.type(member.phone);
    await pickOption(member.name);
    await chooseOption(page, '[data-testid="book-service"]', '面部护理 ·');
    await chooseOption(page, '[data-testid="book-card"]', '面部护理套餐卡');
    await page.fill('[data-testid="book-note"]', '首次体验');
    await shot(page, '40-appointment-book');
    await page.click('[data-testid="book-submit"]');

    // The demo has bookings of its own tomorrow: find ours by the member's name.
    const block = page
      .locator('[data-testid="calendar-day"] button[data-testid^="appointment-"]')
      .filter({ hasText: member.name })
      .filter({ hasText: '10:00–' })
      .first();
    await block.waitFor();
    expect(await block.innerText()).toContain(member.name);
    const id = (await block.getAttribute('data-testid'))!.replace('appointment-', '');
    const booked = await get<Appointment>(`/appointments/${id}`);
    expect(booked).toMatchObject({
      status: 'booked',
      session: 'reserved',
      cardId: card.id,
      staffName: '刘技师',
    });
    let cards = await get<MemberCard[]>(`/members/${member.id}/cards`);
    let item = cards.find((c) => c.id === card.id)!.items.find((i) => i.itemCode === 'SV-FACIAL')!;
    expect(item).toMatchObject({ sessionsLeft: 7, sessionsReserved: 1 });
    await shot(page, '41-appointments-day');

    // The member arrives: the held session is used, nothing else moves.
    await block.click();
    await page.waitForSelector('[data-testid="appointment-drawer"] [data-testid="appointment-arrive"]');
    await page.click('[data-testid="appointment-arrive"]');
    await page.waitForSelector(
      '[data-testid="appointment-drawer"] [data-testid="appointment-status"]:has-text("已到店")',
    );
    expect(await page.locator('[data-testid="appointment-session"]').innerText()).toContain('已扣 1 次');
    await shot(page, '42-appointment-arrived');
    expect(await get<Appointment>(`/appointments/${id}`)).toMatchObject({
      status: 'arrived',
      session: 'consumed',
    });
    cards = await get<MemberCard[]>(`/members/${member.id}/cards`);
    item = cards.find((c) => c.id === card.id)!.items.find((i) => i.itemCode === 'SV-FACIAL')!;
    expect(item).toMatchObject({ sessionsLeft: 7, sessionsReserved: 0 });
    const other = cards.find((c) => c.id === card.id)!.items.find((i) => i.itemCode === 'SV-HYDRA')!;
    expect(other).toMatchObject({ sessionsLeft: 4, sessionsReserved: 0 });

    // The week view shows it too.
    await page.keyboard.press('Escape');
    await page.click('[data-testid="appointments-mode"] >> text=周');
    await page.waitForSelector(`[data-testid="calendar-week"] [data-testid="appointment-${id}"]`);
    await shot(page, '43-appointments-week');

    // Member 360 lists the booking with its outcome.
    await page.goto(`${server.url}/admin/members/${member.id}`);
    await page.waitForSelector('[data-testid="member-360"]');
    await page.click('[data-testid="tab-appointments"]');
    await page.waitForSelector('[data-testid="member-appointments"] >> text=已到店');
    expect(await page.locator('[data-testid="member-appointments"]').innerText()).toContain(
      '面部护理套餐卡 · 已扣 1 次',
    );
    await page.click('[data-testid="menu-appointments"]');
    await page.waitForSelector('[data-testid="calendar-day"]');

    // Working hours: 刘技师 gets hours of his own (Sundays off) next to the store's.
    await page.click('[data-testid="schedule-open"]');
    await chooseOption(page, '[data-testid="schedule-whose"]', '刘技师');
    await page.click('text=此人使用自己的工作时间');
    await page.click('[data-testid="hours-6"] .ant-checkbox-input');
    await shot(page, '44-appointment-hours');
    await page.click('[data-testid="schedule-save"]');
    await page.waitForSelector('.ant-message >> text=已保存');
    const schedule = await get<{ staffHours: { userId: string; hours: unknown[] }[] }>(
      `/stores/${storeId}/appointment-schedule`,
    );
    expect(schedule.staffHours).toEqual([{ userId: liu.userId, hours: expect.any(Array) }]);
    expect(schedule.staffHours[0]!.hours[6]).toBeNull();
  });
});
