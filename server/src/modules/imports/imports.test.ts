import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { runChecks } from '../../ops/check.ts';
import { createCardProduct } from '../cards/card-products.ts';
import { startImport, uploadImport } from './imports.ts';
import { parseCsv } from './read-table.ts';
import { runImport } from './run-import.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let owner: string;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db);
  owner = await t.signIn('owner');
});
afterAll(() => t.close());

const HEADER = '姓名,手机号,卡号,门店,本金,赠送,积分,标签,备注';
const phoneOf = (i: number) => `13${String((i * 7_919_111 + 4_242) % 1_000_000_000).padStart(9, '0')}`;

/**
 * A legacy export of `n` members with bad rows planted at known places. Returns the CSV and what an
 * import must make of it.
 */
function legacyFile(n: number) {
  const lines = [HEADER];
  const expected = { rejected: new Map<number, string>(), principal: 0, bonus: 0, points: 0, members: 0 };
  for (let i = 0; i < n; i++) {
    let phone = phoneOf(i);
    let store = i % 2 ? 'A' : 'B';
    let principal = `${i % 500}.${String(i % 100).padStart(2, '0')}`;
    let reason: string | null = null;
    if (i % 997 === 13) {
      phone = `1${i}`; // too short
      reason = 'INVALID_PHONE';
    } else if (i % 4999 === 5) {
      store = 'ZZ';
      reason = 'UNKNOWN_STORE';
    } else if (i % 1999 === 7) {
      principal = '12.345';
      reason = 'INVALID_AMOUNT';
    } else if (i >= n - 5) {
      phone = phoneOf(i - (n - 5)); // the first five members again
      reason = 'DUPLICATE_IN_FILE';
    }
    const card = i % 10 === 0 ? `L${i}` : '';
    lines.push(
      [
        `会员${i}`,
        phone,
        card,
        store,
        principal,
        String(i % 50),
        String(i % 1000),
        i % 3 ? 'VIP' : '',
        '"旧系统, 导入"',
      ].join(','),
    );
    if (reason) expected.rejected.set(i + 2, reason);
    else {
      expected.members++;
      expected.principal += (i % 500) * 100 + (i % 100);
      expected.bonus += (i % 50) * 100;
      expected.points += i % 1000;
    }
  }
  return { csv: `\ufeff${lines.join('\r\n')}\r\n`, expected };
}

async function tenantTotals(tenantId: string) {
  const sv = await t.db.db
    .selectFrom('stored_value_accounts')
    .select((e) => [e.fn.sum<number>('principal_cents').as('p'), e.fn.sum<number>('bonus_cents').as('b')])
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  const pts = await t.db.db
    .selectFrom('points_accounts')
    .select((e) => e.fn.sum<number>('balance').as('x'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  const members = await t.db.db
    .selectFrom('members')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  return {
    principal: Number(sv.p ?? 0),
    bonus: Number(sv.b ?? 0),
    points: Number(pts.x ?? 0),
    members: Number(members.n),
  };
}

const MAPPING = {
  name: '姓名',
  phone: '手机号',
  cardNo: '卡号',
  homeStore: '门店',
  principal: '本金',
  bonus: '赠送',
  points: '积分',
  tags: '标签',
  notes: '备注',
};

describe(`legacy import on ${TEST_DIALECT}`, () => {
  it('parses CSV with quotes, BOM and CRLF', () => {
    expect(parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n\r\n1,2')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['1', '2'],
    ]);
  });

  it('imports 100,000 rows: exactly the planted bad rows rejected, totals equal to the file, a second run adds nothing', async () => {
    const n = 100_000;
    const { csv, expected } = legacyFile(n);
    const ctx = sysCtx(t.db.db, chain.tenantId, new Date('2026-04-01T02:00:00Z'));
    const ctxAs = { ...ctx, actor: { ...ctx.actor, userId: chain.users.owner.id } };
    const upload = await uploadImport(ctxAs, { name: 'legacy.csv', type: 'csv', content: Buffer.from(csv) });
    expect(upload.mapping).toEqual(MAPPING); // every header recognised
    expect(upload.job.totalRows).toBe(n);
    await startImport(ctxAs, upload.job.id, { mapping: upload.mapping, dryRun: false });
    await runImport(ctxAs, upload.job.id);
    const job = await t.db.db
      .selectFrom('import_jobs')
      .selectAll()
      .where('id', '=', upload.job.id)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({
      status: 'done',
      processed_rows: n,
      imported_rows: expected.members,
      skipped_rows: 0,
      rejected_rows: expected.rejected.size,
    });
    const rejections = await t.db.db
      .selectFrom('import_rejections')
      .select(['row_no', 'reason'])
      .where('job_id', '=', upload.job.id)
      .orderBy('row_no')
      .execute();
    expect(new Map(rejections.map((r) => [r.row_no, r.reason]))).toEqual(expected.rejected);
    const totals = await tenantTotals(chain.tenantId);
    expect(totals).toEqual({
      principal: expected.principal,
      bonus: expected.bonus,
      points: expected.points,
      members: expected.members,
    });

    const again = await uploadImport(ctxAs, { name: 'legacy.csv', type: 'csv', content: Buffer.from(csv) });
    expect(again.mappingSource).toBe('saved');
    await startImport(ctxAs, again.job.id, { mapping: again.mapping, dryRun: false });
    await runImport(ctxAs, again.job.id);
    const second = await t.db.db
      .selectFrom('import_jobs')
      .selectAll()
      .where('id', '=', again.job.id)
      .executeTakeFirstOrThrow();
    expect(second).toMatchObject({
      imported_rows: 0,
      skipped_rows: expected.members,
      rejected_rows: expected.rejected.size,
    });
    expect(await tenantTotals(chain.tenantId)).toEqual(totals);
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  }, 300_000);

  it('over HTTP: uploads an .xlsx, dry-runs, runs with opening card sessions, reports progress and rejected rows as Excel', async () => {
    const other = await makeChain(t.db.db, 'xlsx');
    const cookie = await t.signIn('owner', 'xlsx');
    await createCardProduct(sysCtx(t.db.db, other.tenantId), {
      name: '洗车10次卡',
      kind: 'counted',
      priceCents: 50_000,
      validity: 'days',
      validDays: 365,
      items: [{ itemCode: 'WASH', itemName: '洗车', sessions: 10 }],
    });
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('会员');
    sheet.addRow(['姓名', '手机', '余额', '赠送', '积分', '次卡', '剩余次数', '生日']);
    sheet.addRow(['王芳', '13900001111', 100.5, 10, 120, '洗车10次卡', 4, new Date('1990-05-06T00:00:00Z')]);
    sheet.addRow(['李娜', '13900002222', '', '', '', '', '', '']);
    sheet.addRow(['坏数据', '12345', '', '', '', '', '', '']);
    sheet.addRow(['赵六', '13900003333', '', '', '', '不存在的卡', '1', '']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports?fileName=legacy.xlsx',
      headers: {
        cookie,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: file,
    });
    expect(up.statusCode).toBe(201);
    const { job, headers, sample, mapping } = up.json();
    expect(headers).toEqual(['姓名', '手机', '余额', '赠送', '积分', '次卡', '剩余次数', '生日']);
    expect(sample[0]).toEqual(['王芳', '13900001111', '100.5', '10', '120', '洗车10次卡', '4', '1990-05-06']);
    expect(mapping).toMatchObject({
      name: '姓名',
      phone: '手机',
      principal: '余额',
      cardProduct: '次卡',
      cardSessions: '剩余次数',
    });

    const poll = async () => {
      for (let i = 0; i < 200; i++) {
        const j = (await t.request({ method: 'GET', url: `/api/v1/imports/${job.id}`, cookie })).json();
        if (j.status !== 'running') return j;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error('import did not finish');
    };
    const run = (dryRun: boolean) =>
      t.request({ method: 'POST', url: `/api/v1/imports/${job.id}/run`, cookie, body: { mapping, dryRun } });
    expect((await run(true)).statusCode).toBe(202);
    const dry = await poll();
    expect(dry).toMatchObject({ status: 'done', dryRun: true, importedRows: 2, rejectedRows: 2 });
    expect((await tenantTotals(other.tenantId)).members).toBe(6 - 6); // the chain has no members; a dry run writes none
    expect((await run(false)).statusCode).toBe(202);
    const done = await poll();
    expect(done).toMatchObject({
      status: 'done',
      dryRun: false,
      importedRows: 2,
      rejectedRows: 2,
      processedRows: 4,
    });
    expect(await tenantTotals(other.tenantId)).toEqual({
      principal: 10_050,
      bonus: 1_000,
      points: 120,
      members: 2,
    });
    const wang = await t.db.db
      .selectFrom('members')
      .select(['id', 'birthday'])
      .where('tenant_id', '=', other.tenantId)
      .where('phone', '=', '13900001111')
      .executeTakeFirstOrThrow();
    expect(wang.birthday).toBe('1990-05-06');
    const cards = (
      await t.request({ method: 'GET', url: `/api/v1/members/${wang.id}/cards`, cookie })
    ).json();
    expect(cards[0].items).toEqual([
      { itemCode: 'WASH', itemName: '洗车', sessionsTotal: 4, sessionsLeft: 4, sessionsReserved: 0 },
    ]);

    const rejected = await t.app.inject({
      method: 'GET',
      url: `/api/v1/imports/${job.id}/rejected.xlsx`,
      headers: { cookie },
    });
    expect(rejected.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(rejected.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as ExcelJS.CellValue[]).slice(1, 4));
    expect(rows).toEqual([
      ['行号 Row', '原因 Reason', '姓名'],
      [4, '手机号无效 / Not a valid mobile number', '坏数据'],
      [5, '次卡名称不存在 / Unknown card product', '赵六'],
    ]);

    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/v1/exports/members.xlsx',
      headers: { cookie },
    });
    const members = new ExcelJS.Workbook();
    await members.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheetRows = members.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as ExcelJS.CellValue[]).slice(1, 6));
    expect(sheetRows[0]).toEqual([
      '姓名 Name',
      '手机 Phone',
      '卡号 Card',
      '状态 Status',
      '本金 Principal (¥)',
    ]);
    const byName = new Map(sheetRows.slice(1).map((r) => [r[0], r]));
    expect([...byName.keys()].sort()).toEqual(['李娜', '王芳']);
    expect(byName.get('王芳')![4]).toBe(100.5);

    const ledger = await t.app.inject({
      method: 'GET',
      url: '/api/v1/exports/stored-value-ledger.xlsx',
      headers: { cookie },
    });
    const ledgerBook = new ExcelJS.Workbook();
    await ledgerBook.xlsx.load(ledger.rawPayload as unknown as ArrayBuffer);
    const entries = ledgerBook.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .slice(1) as ExcelJS.CellValue[][];
    expect(entries.map((e) => [e[2], e[5], e[6], e[7]])).toEqual([['王芳', 'opening', 100.5, 10]]);
  });

  it('refuses an unreadable file and a run without name and phone', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports?fileName=x.xlsx',
      headers: {
        cookie: owner,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: Buffer.from('not a zip'),
    });
    expect(bad.json().error.code).toBe('UNREADABLE_FILE');
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports?fileName=x.csv',
      headers: { cookie: owner, 'content-type': 'text/csv' },
      payload: 'foo,bar\n1,2\n',
    });
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${up.json().job.id}/run`,
      cookie: owner,
      body: { mapping: { name: 'foo' }, dryRun: false },
    });
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});
