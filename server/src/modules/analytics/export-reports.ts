import type { PassThrough } from 'node:stream';
import type { Ctx } from '../../shared/context.ts';
import { type SheetColumn, streamSheet, YUAN, yuanCell } from '../imports/xlsx-stream.ts';
import { ABCD_CLASSES, type AbcdInput, abcdClasses } from './abcd-classes.ts';
import { computeRfm, RFM_CLASSES, type RfmInput } from './compute-rfm.ts';
import { LIFECYCLE_STAGES, type LifecycleInput, lifecycleStages } from './lifecycle-stages.ts';
import { type AffinityInput, productAffinity } from './product-affinity.ts';

const PAGE = 1000;

/** The report's rows written a page at a time (the ranks need every member, so they are read first). */
async function* pagesOf<T>(rows: readonly T[], toCells: (row: T) => Record<string, unknown>) {
  for (let i = 0; i < rows.length; i += PAGE) yield rows.slice(i, i + PAGE).map(toCells);
}

const MEMBER_COLUMNS: SheetColumn[] = [
  { header: '会员编号 Member ref', key: 'memberRef', width: 18 },
  { header: '姓名 Name', key: 'name', width: 16 },
];

/** The RFM members (of one class, for a drill-down) as .xlsx: scores, class, monetary in yuan. */
export async function exportRfm(ctx: Ctx, input: Omit<RfmInput, 'after' | 'limit'>): Promise<PassThrough> {
  const report = await computeRfm(ctx, { ...input, after: undefined, limit: undefined });
  return streamSheet(
    ctx,
    'rfm',
    [
      ...MEMBER_COLUMNS,
      { header: '最近购买距今(天) Recency (days)', key: 'recencyDays', width: 12 },
      { header: '购买次数 Frequency', key: 'frequency', width: 10 },
      { header: '消费金额 Monetary (¥)', key: 'monetary', width: 16, numFmt: YUAN },
      { header: 'R', key: 'r', width: 5 },
      { header: 'F', key: 'f', width: 5 },
      { header: 'M', key: 'm', width: 5 },
      { header: '分类 Class', key: 'class', width: 26 },
    ],
    pagesOf(report.rows, (r) => ({
      memberRef: r.memberRef,
      name: r.name,
      recencyDays: r.recencyDays,
      frequency: r.frequency,
      monetary: yuanCell(r.monetaryCents),
      r: r.rScore,
      f: r.fScore,
      m: r.mScore,
      class: `${RFM_CLASSES[r.rfmClass].label} ${RFM_CLASSES[r.rfmClass].en}`,
    })),
  );
}

/** The lifecycle members (of one stage, for a drill-down) as .xlsx. */
export async function exportLifecycle(
  ctx: Ctx,
  input: Omit<LifecycleInput, 'after' | 'limit'>,
): Promise<PassThrough> {
  const report = await lifecycleStages(ctx, { ...input, after: undefined, limit: undefined });
  return streamSheet(
    ctx,
    'lifecycle',
    [
      ...MEMBER_COLUMNS,
      { header: '距上次购买(天) Days since last purchase', key: 'days', width: 14 },
      { header: '阶段 Stage', key: 'stage', width: 24 },
    ],
    pagesOf(report.rows, (r) => ({
      memberRef: r.memberRef,
      name: r.name,
      days: r.daysSinceLastPurchase,
      stage: `${LIFECYCLE_STAGES[r.stage].label} ${LIFECYCLE_STAGES[r.stage].en}`,
    })),
  );
}

/** The ABCD members (of one class, for a drill-down) as .xlsx. */
export async function exportAbcd(ctx: Ctx, input: Omit<AbcdInput, 'after' | 'limit'>): Promise<PassThrough> {
  const report = await abcdClasses(ctx, { ...input, after: undefined, limit: undefined });
  return streamSheet(
    ctx,
    'abcd',
    [
      ...MEMBER_COLUMNS,
      { header: '购买次数 Frequency', key: 'frequency', width: 10 },
      { header: '消费金额 Amount (¥)', key: 'amount', width: 16, numFmt: YUAN },
      { header: '分类 Class', key: 'class', width: 30 },
    ],
    pagesOf(report.rows, (r) => ({
      memberRef: r.memberRef,
      name: r.name,
      frequency: r.frequency,
      amount: yuanCell(r.amountCents),
      class: `${ABCD_CLASSES[r.abcdClass].label} ${ABCD_CLASSES[r.abcdClass].en}`,
    })),
  );
}

/** The affinity pairs, in the report's order, as .xlsx. */
export async function exportAffinity(ctx: Ctx, input: AffinityInput): Promise<PassThrough> {
  const report = await productAffinity(ctx, input);
  const ratio = '0.0000';
  return streamSheet(
    ctx,
    'affinity',
    [
      { header: '商品 A 编码 A SKU', key: 'aSku', width: 14 },
      { header: '商品 A Product A', key: 'aName', width: 24 },
      { header: '商品 B 编码 B SKU', key: 'bSku', width: 14 },
      { header: '商品 B Product B', key: 'bName', width: 24 },
      { header: '同时购买单数 Baskets with both', key: 'pair', width: 12 },
      { header: '含 A 单数 Baskets with A', key: 'a', width: 12 },
      { header: '含 B 单数 Baskets with B', key: 'b', width: 12 },
      { header: '支持度 Support', key: 'support', width: 12, numFmt: ratio },
      { header: '置信度 Confidence', key: 'confidence', width: 12, numFmt: ratio },
      { header: '提升度 Lift', key: 'lift', width: 10, numFmt: '0.00' },
    ],
    pagesOf(report.rows, (r) => ({
      aSku: r.productASku,
      aName: r.productAName,
      bSku: r.productBSku,
      bName: r.productBName,
      pair: r.pairBaskets,
      a: r.productABaskets,
      b: r.productBBaskets,
      support: r.support,
      confidence: r.confidence,
      lift: r.lift,
    })),
  );
}
