import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from '../auth/permissions.ts';
import { memberStoreScope } from '../members/access.ts';
import { toMemberView } from '../members/members.ts';

/**
 * Every member the actor may see with balances and points, as a streamed .xlsx: pages of 1,000
 * rows are read and written in turn, so a million members never sit in memory at once.
 */
export async function exportMembers(ctx: Ctx): Promise<PassThrough> {
  requirePermission(ctx.actor, 'members.export');
  const scope = await memberStoreScope(ctx);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('members');
  sheet.columns = [
    { header: '姓名 Name', key: 'name', width: 14 },
    { header: '手机 Phone', key: 'phone', width: 14 },
    { header: '卡号 Card', key: 'cardNo', width: 14 },
    { header: '状态 Status', key: 'status', width: 10 },
    { header: '本金 Principal (¥)', key: 'principal', width: 14, style: { numFmt: '#,##0.00' } },
    { header: '赠送 Bonus (¥)', key: 'bonus', width: 14, style: { numFmt: '#,##0.00' } },
    { header: '积分 Points', key: 'points', width: 10 },
    { header: '累计充值 Recharged (¥)', key: 'recharged', width: 16, style: { numFmt: '#,##0.00' } },
    { header: '标签 Tags', key: 'tags', width: 16 },
    { header: '入会 Joined', key: 'createdAt', width: 20 },
  ];
  void (async () => {
    try {
      let after: string | null = null;
      for (;;) {
        let q = ctx.db
          .selectFrom('members as m')
          .leftJoin('stored_value_accounts as s', (j) =>
            j.onRef('s.tenant_id', '=', 'm.tenant_id').onRef('s.member_id', '=', 'm.id'),
          )
          .leftJoin('points_accounts as p', (j) =>
            j.onRef('p.tenant_id', '=', 'm.tenant_id').onRef('p.member_id', '=', 'm.id'),
          )
          .selectAll('m')
          .select(['s.principal_cents', 's.bonus_cents', 'p.balance as points'])
          .where('m.tenant_id', '=', ctx.tenantId)
          .where('m.status', '!=', 'erased');
        if (after) q = q.where('m.id', '>', after);
        if (scope !== 'all') q = q.where('m.home_store_id', 'in', scope.length ? scope : ['-']);
        const rows = await q.orderBy('m.id').limit(1000).execute();
        for (const r of rows) {
          const view = toMemberView(r, ctx.actor);
          sheet
            .addRow({
              name: view.name,
              phone: view.phone,
              cardNo: view.cardNo,
              status: view.status,
              // Excel shows yuan; the value is exact: fen / 100 has at most two decimals.
              principal: (r.principal_cents ?? 0) / 100,
              bonus: (r.bonus_cents ?? 0) / 100,
              points: r.points ?? 0,
              recharged: view.rechargeTotalCents / 100,
              tags: view.tags.join(', '),
              createdAt: view.createdAt,
            })
            .commit();
        }
        if (rows.length < 1000) break;
        after = rows.at(-1)!.id;
      }
      await workbook.commit();
    } catch (err) {
      ctx.log.error({ err }, 'member export failed');
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  })();
  return out;
}
