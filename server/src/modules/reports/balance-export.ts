import type { PassThrough } from 'node:stream';
import type { Ctx } from '../../shared/context.ts';
import { streamSheet, YUAN, yuanCell } from '../imports/xlsx-stream.ts';
import { getLiability } from './balance-liability.ts';
import { type GrowthBucket, getMemberGrowth } from './balance-member-growth.ts';

/** The liability report as Excel: a row per store and the total, as on the screen. */
export async function exportLiability(
  ctx: Ctx,
  q: { storeId?: string; asOf?: string },
): Promise<PassThrough> {
  const l = await getLiability(ctx, q);
  const row = (store: string, f: (typeof l)['total']) => ({
    store,
    principal: yuanCell(f.principalCents),
    bonus: yuanCell(f.bonusCents),
    points: f.points,
    pointsValue: yuanCell(f.pointsValueCents),
    sessions: f.cardSessions,
    cardValue: yuanCell(f.cardValueCents),
    giftCards: yuanCell(f.giftCardCents),
  });
  async function* pages() {
    yield [
      ...l.rows.map((r) => row(r.storeId ? `${r.storeCode} ${r.storeName}` : '未归属 Unassigned', r)),
      row(`合计 Total ${l.asOf}`, l.total),
    ];
  }
  return streamSheet(
    ctx,
    'liability',
    [
      { header: '门店 Store', key: 'store', width: 22 },
      { header: '储值本金 Principal (¥)', key: 'principal', width: 18, numFmt: YUAN },
      { header: '储值赠送 Bonus (¥)', key: 'bonus', width: 18, numFmt: YUAN },
      { header: '积分 Points', key: 'points', width: 12 },
      { header: '积分折值 Points value (¥)', key: 'pointsValue', width: 20, numFmt: YUAN },
      { header: '未用次数 Unused sessions', key: 'sessions', width: 18 },
      { header: '次卡未耗 Card value (¥)', key: 'cardValue', width: 18, numFmt: YUAN },
      { header: '礼品卡 Gift cards (¥)', key: 'giftCards', width: 18, numFmt: YUAN },
    ],
    pages(),
  );
}

/** Member growth as Excel: a row per day or month, then a row per store for the whole period. */
export async function exportMemberGrowth(
  ctx: Ctx,
  q: { from?: string; to?: string; by?: GrowthBucket; storeId?: string },
): Promise<PassThrough> {
  const g = await getMemberGrowth(ctx, q);
  async function* pages() {
    yield g.series.map((b) => ({ bucket: b.bucket, ...figures(b) }));
    yield g.byStore.map((s) => ({ bucket: `${s.storeCode} ${s.storeName}`, ...figures(s) }));
    yield [{ bucket: `合计 Total ${g.from} – ${g.to}`, ...figures(g.total) }];
  }
  return streamSheet(
    ctx,
    'member-growth',
    [
      {
        header: g.by === 'day' ? '日期 Day / 门店 Store' : '月份 Month / 门店 Store',
        key: 'bucket',
        width: 22,
      },
      { header: '新会员 New members', key: 'newMembers', width: 16 },
      { header: '消费会员 Active members', key: 'activeMembers', width: 18 },
      { header: '复购会员 Repeat buyers', key: 'repeatBuyers', width: 18 },
    ],
    pages(),
  );
}

const figures = (f: { newMembers: number; activeMembers: number; repeatBuyers: number }) => ({
  newMembers: f.newMembers,
  activeMembers: f.activeMembers,
  repeatBuyers: f.repeatBuyers,
});
