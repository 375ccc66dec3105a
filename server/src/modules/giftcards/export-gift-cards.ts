import type { PassThrough } from 'node:stream';
import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from '../auth/permissions.ts';
import { streamSheet, YUAN, yuanCell } from '../imports/xlsx-stream.ts';

const PAGE = 1000;
const SOURCE: Record<string, string> = {
  sale: '售卡 Sale',
  manual: '手工发放 Manual',
  points_exchange: '积分兑换 Points exchange',
};

/**
 * Every gift card (masked code, face value, balance, status) as a streamed .xlsx. The sum of the
 * active balances is what the merchant owes card holders: a liability like stored value.
 */
export async function exportGiftCards(ctx: Ctx): Promise<PassThrough> {
  requirePermission(ctx.actor, 'giftcards.read');
  const stores = new Map(
    (
      await ctx.db.selectFrom('stores').select(['id', 'code']).where('tenant_id', '=', ctx.tenantId).execute()
    ).map((s) => [s.id, s.code]),
  );
  async function* pages() {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      let q = ctx.db.selectFrom('gift_cards').selectAll().where('tenant_id', '=', ctx.tenantId);
      if (after) {
        const a = after;
        q = q.where((eb) =>
          eb.or([eb('issued_at', '>', a.at), eb.and([eb('issued_at', '=', a.at), eb('id', '>', a.id)])]),
        );
      }
      const rows = await q.orderBy('issued_at').orderBy('id').limit(PAGE).execute();
      yield rows.map((r) => ({
        code: `•••• ${r.last4}`,
        store: stores.get(r.store_id) ?? '',
        source: SOURCE[r.source] ?? r.source,
        face: yuanCell(r.face_value_cents),
        balance: yuanCell(r.balance_cents),
        status: r.status === 'active' ? '有效 Active' : '作废 Void',
        issuedAt: r.issued_at,
        expiresAt: r.expires_at ?? '',
        voidReason: r.void_reason,
      }));
      if (rows.length < PAGE) return;
      const last = rows.at(-1)!;
      after = { at: last.issued_at, id: last.id };
    }
  }
  return streamSheet(
    ctx,
    'gift-cards',
    [
      { header: '卡号 Card', key: 'code', width: 12 },
      { header: '门店 Store', key: 'store', width: 8 },
      { header: '来源 Source', key: 'source', width: 16 },
      { header: '面值 Face (¥)', key: 'face', numFmt: YUAN },
      { header: '余额 Balance (¥)', key: 'balance', numFmt: YUAN },
      { header: '状态 Status', key: 'status', width: 10 },
      { header: '发放时间 Issued', key: 'issuedAt', width: 22 },
      { header: '有效期至 Expires', key: 'expiresAt', width: 22 },
      { header: '作废原因 Void reason', key: 'voidReason', width: 20 },
    ],
    pages(),
  );
}
