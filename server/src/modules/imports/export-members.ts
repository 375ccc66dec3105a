import type { PassThrough } from 'node:stream';
import type { Ctx } from '../../shared/context.ts';
import { hasPermission, requirePermission } from '../auth/permissions.ts';
import { memberStoreScope } from '../members/access.ts';
import { maskPhone } from '../members/identity.ts';
import { toMemberView } from '../members/members.ts';
import { streamSheet, YUAN, yuanCell } from './xlsx-stream.ts';

const PAGE = 1000;

/** Every member the actor may see with balances and points, as a streamed .xlsx. */
export async function exportMembers(ctx: Ctx): Promise<PassThrough> {
  requirePermission(ctx.actor, 'members.export');
  const scope = await memberStoreScope(ctx);
  async function* pages() {
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
      const rows = await q.orderBy('m.id').limit(PAGE).execute();
      yield rows.map((r) => {
        const view = toMemberView(r, ctx.actor);
        return {
          name: view.name,
          phone: view.phone,
          cardNo: view.cardNo,
          status: view.status,
          principal: yuanCell(r.principal_cents),
          bonus: yuanCell(r.bonus_cents),
          points: r.points ?? 0,
          recharged: yuanCell(view.rechargeTotalCents),
          tags: view.tags.join(', '),
          createdAt: view.createdAt,
        };
      });
      if (rows.length < PAGE) return;
      after = rows.at(-1)!.id;
    }
  }
  return streamSheet(
    ctx,
    'members',
    [
      { header: '姓名 Name', key: 'name' },
      { header: '手机 Phone', key: 'phone' },
      { header: '卡号 Card', key: 'cardNo' },
      { header: '状态 Status', key: 'status', width: 10 },
      { header: '本金 Principal (¥)', key: 'principal', numFmt: YUAN },
      { header: '赠送 Bonus (¥)', key: 'bonus', numFmt: YUAN },
      { header: '积分 Points', key: 'points', width: 10 },
      { header: '累计充值 Recharged (¥)', key: 'recharged', width: 16, numFmt: YUAN },
      { header: '标签 Tags', key: 'tags', width: 16 },
      { header: '入会 Joined', key: 'createdAt', width: 22 },
    ],
    pages(),
  );
}

/** The stored-value ledger of a period, newest first, with member names, as a streamed .xlsx. */
export async function exportStoredValueLedger(
  ctx: Ctx,
  period: { from?: string; to?: string },
): Promise<PassThrough> {
  requirePermission(ctx.actor, 'members.export');
  const unmasked = hasPermission(ctx.actor, 'members.phone.unmasked');
  const storeIds = ctx.actor.storeIds;
  async function* pages() {
    let before: { at: string; id: string } | null = null;
    for (;;) {
      let q = ctx.db
        .selectFrom('stored_value_ledger as l')
        .innerJoin('members as m', (j) =>
          j.onRef('m.tenant_id', '=', 'l.tenant_id').onRef('m.id', '=', 'l.member_id'),
        )
        .leftJoin('stores as st', (j) =>
          j.onRef('st.tenant_id', '=', 'l.tenant_id').onRef('st.id', '=', 'l.store_id'),
        )
        .select([
          'l.id',
          'l.at',
          'l.kind',
          'l.ref_type',
          'l.ref_id',
          'l.principal_delta',
          'l.bonus_delta',
          'l.principal_after',
          'l.bonus_after',
          'l.note',
          'm.name',
          'm.phone',
          'st.code as store_code',
        ])
        .where('l.tenant_id', '=', ctx.tenantId);
      if (period.from) q = q.where('l.at', '>=', period.from);
      if (period.to) q = q.where('l.at', '<', period.to);
      if (storeIds !== 'all') q = q.where('l.store_id', 'in', storeIds.length ? storeIds : ['-']);
      if (before) {
        const b = before;
        q = q.where((eb) =>
          eb.or([eb('l.at', '<', b.at), eb.and([eb('l.at', '=', b.at), eb('l.id', '<', b.id)])]),
        );
      }
      const rows = await q.orderBy('l.at', 'desc').orderBy('l.id', 'desc').limit(PAGE).execute();
      yield rows.map((r) => ({
        at: r.at,
        name: r.name,
        phone: unmasked ? r.phone : maskPhone(r.phone),
        store: r.store_code ?? '',
        kind: r.kind,
        principalDelta: yuanCell(r.principal_delta),
        bonusDelta: yuanCell(r.bonus_delta),
        principalAfter: yuanCell(r.principal_after),
        bonusAfter: yuanCell(r.bonus_after),
        ref: `${r.ref_type}:${r.ref_id}`,
        note: r.note,
      }));
      if (rows.length < PAGE) return;
      const last = rows.at(-1)!;
      before = { at: last.at, id: last.id };
    }
  }
  return streamSheet(
    ctx,
    'stored-value',
    [
      { header: '时间 Time', key: 'at', width: 22 },
      { header: '会员 Member', key: 'name' },
      { header: '手机 Phone', key: 'phone' },
      { header: '门店 Store', key: 'store', width: 8 },
      { header: '类型 Kind', key: 'kind', width: 16 },
      { header: '本金变动 Principal Δ (¥)', key: 'principalDelta', numFmt: YUAN },
      { header: '赠送变动 Bonus Δ (¥)', key: 'bonusDelta', numFmt: YUAN },
      { header: '本金余额 Principal (¥)', key: 'principalAfter', numFmt: YUAN },
      { header: '赠送余额 Bonus (¥)', key: 'bonusAfter', numFmt: YUAN },
      { header: '单据 Reference', key: 'ref', width: 28 },
      { header: '备注 Note', key: 'note', width: 20 },
    ],
    pages(),
  );
}
