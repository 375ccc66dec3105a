import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { updateTenantProfile } from '../tenancy/update-settings.ts';
import { namePinyin, normalizePhone } from './identity.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let owner: string;
let cashier: string;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db);
  owner = await t.signIn('owner');
  cashier = await t.signIn('cashier');
});
afterAll(() => t.close());

const search = async (q: string, cookie = owner, extra = '') =>
  (
    await t.request({ method: 'GET', url: `/api/v1/members?q=${encodeURIComponent(q)}${extra}`, cookie })
  ).json();

describe('identity helpers', () => {
  it('normalises and validates mainland mobile numbers', () => {
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizePhone('0086 13812345678')).toBe('13812345678');
    for (const bad of ['12812345678', '1381234567', '138123456789', 'abc', ''])
      expect(() => normalizePhone(bad)).toThrow(/mobile/);
  });

  it('computes pinyin and initials, surnames read as surnames', () => {
    expect(namePinyin('张三')).toEqual({ full: 'zhangsan', initials: 'zs' });
    expect(namePinyin('曾小贤')).toEqual({ full: 'zengxiaoxian', initials: 'zxx' });
    expect(namePinyin('Li Na')).toEqual({ full: 'lina', initials: 'ln' });
  });
});

describe(`members on ${TEST_DIALECT}`, () => {
  it('registers a member with a normalised phone and refuses duplicates', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/members',
      cookie: cashier,
      body: { name: '张三', phone: '+86 138 0013 8000', cardNo: 'C0001', tags: ['VIP'], smsConsent: true },
    });
    expect(res.statusCode).toBe(201);
    const member = res.json();
    expect(member.homeStoreId).toBe(chain.storeA.id); // a cashier registers into their store
    expect(member.phone).toBe('138****8000'); // cashiers see masked phones
    expect(member.phoneMasked).toBe(true);
    const row = await t.db.db
      .selectFrom('members')
      .selectAll()
      .where('id', '=', member.id)
      .executeTakeFirstOrThrow();
    expect(row.phone).toBe('13800138000');
    expect(row.name_initials).toBe('zs');
    const dupPhone = await t.request({
      method: 'POST',
      url: '/api/v1/members',
      cookie: owner,
      body: { name: '李四', phone: '13800138000' },
    });
    expect(dupPhone.json().error.code).toBe('PHONE_TAKEN');
    const dupCard = await t.request({
      method: 'POST',
      url: '/api/v1/members',
      cookie: owner,
      body: { name: '李四', phone: '13800138001', cardNo: 'C0001' },
    });
    expect(dupCard.json().error.code).toBe('CARD_NO_TAKEN');
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/members',
      cookie: owner,
      body: { name: '李四', phone: '12345678901' },
    });
    expect(bad.json().error.code).toBe('INVALID_PHONE');
    expect(await t.db.db.selectFrom('members').select('id').where('name', '=', '李四').execute()).toEqual([]);
  });

  it('shows the full phone only with members.phone.unmasked, and never writes it to the audit log', async () => {
    const [hit] = (await search('13800138000')).items;
    expect(hit.phone).toBe('13800138000');
    expect(hit.match).toBe('exact');
    const [masked] = (await search('13800138000', cashier)).items;
    expect(masked.phone).toBe('138****8000');
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'member')
      .execute();
    expect(JSON.stringify(audit)).not.toContain('13800138000');
  });

  it('finds members by every key a cashier types, best matches first', async () => {
    await makeMember(t.db.db, chain.tenantId, { name: '张三丰', phone: '13911118000', cardNo: '88001' });
    await makeMember(t.db.db, chain.tenantId, { name: '赵晓明', phone: '13722228000' });
    const zs = await search('zs');
    expect(zs.items.map((m: { name: string }) => m.name)).toEqual(['张三', '张三丰']);
    expect(zs.items.map((m: { match: string }) => m.match)).toEqual(['name', 'prefix']);
    expect((await search('zhangsanfeng')).items.map((m: { name: string }) => m.name)).toEqual(['张三丰']);
    expect((await search('ZhangSan')).items[0].name).toBe('张三');
    expect((await search('张三')).items.map((m: { name: string }) => m.name)).toEqual(['张三', '张三丰']);
    expect((await search('张')).items.map((m: { name: string }) => m.name).sort()).toEqual([
      '张三',
      '张三丰',
    ]);
    const last4 = (await search('8000')).items.map((m: { name: string }) => m.name).sort();
    expect(last4).toEqual(['张三', '张三丰', '赵晓明'].sort());
    const eightySix = await makeMember(t.db.db, chain.tenantId, { name: '尾号', phone: '13900008612' });
    expect((await search('8612')).items.map((m: { id: string }) => m.id)).toEqual([eightySix.id]);
    expect((await search('+8613900008612')).items.map((m: { id: string }) => m.id)).toEqual([eightySix.id]);
    expect((await search('88001')).items.map((m: { name: string }) => m.name)).toEqual(['张三丰']);
    const member = (await search('张三丰')).items[0];
    expect((await search(member.qrToken)).items.map((m: { id: string }) => m.id)).toEqual([member.id]);
    expect((await search('nobody')).items).toEqual([]);
  });

  it('pages through results with a cursor, without repeats', async () => {
    for (let i = 0; i < 7; i++)
      await makeMember(t.db.db, chain.tenantId, { name: `王${'一二三四五六七'[i]}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await search(
        'wang',
        owner,
        `&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('pages across ranks, listing each member once at its best rank', async () => {
    const hits: { name: string; match: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { name: string; match: string }[]; nextCursor: string | null } = await search(
        'zs',
        owner,
        `&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      hits.push(...page.items.map((m) => ({ name: m.name, match: m.match })));
      cursor = page.nextCursor;
    } while (cursor);
    expect(hits).toEqual([
      { name: '张三', match: 'name' },
      { name: '张三丰', match: 'prefix' },
    ]);
  });

  it('bounds search by store when the tenant does not share members', async () => {
    await makeMember(t.db.db, chain.tenantId, { name: '孙乙', homeStoreId: chain.storeB.id });
    expect((await search('孙乙', cashier)).items).toHaveLength(1);
    await updateTenantProfile(sysCtx(t.db.db, chain.tenantId), {
      settings: { shareMembersAcrossStores: false },
    });
    expect((await search('孙乙', cashier)).items).toHaveLength(0);
    expect((await search('孙乙', owner)).items).toHaveLength(1);
    const id = (await search('孙乙', owner)).items[0].id;
    const direct = await t.request({ method: 'GET', url: `/api/v1/members/${id}`, cookie: cashier });
    expect(direct.json().error.code).toBe('MEMBER_NOT_FOUND');
    await updateTenantProfile(sysCtx(t.db.db, chain.tenantId), {
      settings: { shareMembersAcrossStores: true },
    });
  });

  it('freezes and unfreezes', async () => {
    const m = await makeMember(t.db.db, chain.tenantId, { name: '冻结' });
    const frozen = await t.request({ method: 'POST', url: `/api/v1/members/${m.id}/freeze`, cookie: owner });
    expect(frozen.json().status).toBe('frozen');
    const back = await t.request({ method: 'POST', url: `/api/v1/members/${m.id}/unfreeze`, cookie: owner });
    expect(back.json().status).toBe('active');
  });

  it('erases personal data on confirmation, keeps the row as an anonymous reference', async () => {
    const m = await makeMember(t.db.db, chain.tenantId, {
      name: '钱多多',
      phone: '13655556666',
      cardNo: 'E1',
      email: 'q@example.com',
      notes: 'likes tea',
    });
    const unconfirmed = await t.request({
      method: 'POST',
      url: `/api/v1/members/${m.id}/erase`,
      cookie: owner,
      body: { confirm: chain.storeA.id },
    });
    expect(unconfirmed.json().error.code).toBe('ERASE_NOT_CONFIRMED');
    const cashierTry = await t.request({
      method: 'POST',
      url: `/api/v1/members/${m.id}/erase`,
      cookie: cashier,
      body: { confirm: m.id },
    });
    expect(cashierTry.statusCode).toBe(403);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/members/${m.id}/erase`,
      cookie: owner,
      body: { confirm: m.id },
    });
    expect(res.statusCode).toBe(200);
    const row = await t.db.db
      .selectFrom('members')
      .selectAll()
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'erased',
      phone: null,
      card_no: null,
      email: null,
      notes: '',
      name_pinyin: '',
    });
    expect(JSON.stringify(row)).not.toMatch(/钱多多|13655556666|likes tea/);
    expect((await search('13655556666')).items).toEqual([]);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('entity_id', '=', m.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('member.erase');
    expect(JSON.stringify(audit)).not.toMatch(/钱多多|13655556666|likes tea/);
  });

  it('keeps another tenant’s members out of reach', async () => {
    const other = await makeChain(t.db.db, 'rival');
    const theirs = await makeMember(t.db.db, other.tenantId, { name: '外人', phone: '13512340000' });
    expect((await search('13512340000')).items).toEqual([]);
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/members/${theirs.id}`,
      cookie: owner,
      body: { name: 'x' },
    });
    expect(res.json().error.code).toBe('MEMBER_NOT_FOUND');
  });
});

describe(`member timeline on ${TEST_DIALECT}`, () => {
  it('lists recharges, payments, points and cards newest first, paged without overlap', async () => {
    const { earnPoints } = await import('../points/earn-points.ts');
    const { recordRecharge } = await import('../wallet/record-recharge.ts');
    const m = await makeMember(t.db.db, chain.tenantId);
    for (let i = 0; i < 3; i++) {
      const ctx = sysCtx(t.db.db, chain.tenantId, new Date(Date.UTC(2026, 4, 1 + i)));
      await recordRecharge(ctx, {
        memberId: m.id,
        storeId: chain.storeA.id,
        amountCents: 1_000 * (i + 1),
        paymentMethod: 'cash',
      });
      await earnPoints(ctx, {
        memberId: m.id,
        storeId: chain.storeA.id,
        paidCents: 10_000,
        refType: 'order',
        refId: `t${i}`,
      });
    }
    const all = (
      await t.request({ method: 'GET', url: `/api/v1/members/${m.id}/timeline`, cookie: owner })
    ).json();
    type E = { source: string; amount: number; at: string };
    expect(all.items.map((e: E) => e.at.slice(0, 10))).toEqual([
      '2026-05-03',
      '2026-05-03',
      '2026-05-02',
      '2026-05-02',
      '2026-05-01',
      '2026-05-01',
    ]);
    expect(
      all.items
        .slice(0, 2)
        .map((e: E) => `${e.source}:${e.amount}`)
        .sort(),
    ).toEqual(['points:100', 'stored_value:3000']);
    const ats = all.items.map((e: { at: string }) => e.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(all.items).toHaveLength(6);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const p: { items: { id: string }[]; nextCursor: string | null } = (
        await t.request({
          method: 'GET',
          url: `/api/v1/members/${m.id}/timeline?limit=4${cursor ? `&cursor=${cursor}` : ''}`,
          cookie: owner,
        })
      ).json();
      paged.push(...p.items.map((e) => e.id));
      cursor = p.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.items.map((e: { id: string }) => e.id));
  });
});
