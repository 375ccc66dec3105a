import { AppError } from '../../shared/errors.ts';
import { allocate, divRound } from '../../shared/money.ts';

/**
 * The pricing engine: a pure function from a cart to a priced cart in which every line lists each
 * discount it got and why. The server prices every checkout with it, and the cashier screen shows
 * the same explanation. No I/O here: what it needs (the member's level, the rules) is passed in.
 *
 * Stacking order (DESIGN §4): card sessions → item promotions → member price / level discount →
 * order promotions → manual discount → coupon → points. Each order-level amount is spread over the
 * lines by largest remainder, so the lines always sum to the total to the fen.
 */

export type AdjustmentKind =
  | 'card_session'
  | 'item_promotion'
  | 'member_price'
  | 'level'
  | 'order_promotion'
  | 'manual'
  | 'coupon'
  | 'points';

export interface CartLine {
  productId: string;
  sku: string;
  name: string;
  kind: 'goods' | 'service' | 'card' | 'gift_card';
  categoryId: string | null;
  qty: number;
  unitPriceCents: number;
  memberPriceCents: number | null;
  /** Whether the member's level discount applies to this item. */
  levelDiscount: boolean;
  /** Pay this line with sessions of a counted/time card: one session per unit. */
  cardSession?: { cardId: string; itemCode: string } | null;
}

export interface PricingMember {
  levelName: string | null;
  /** 95 = pays 95% (9.5折); 100 = none. */
  discountPercent: number;
}

/** A discount on single lines (special price, buy X get Y): the promotions module supplies these. */
export interface ItemPromotion {
  label: string;
  /** Fen off this line (given its quantity and current total), or 0. */
  discountFor(line: CartLine, currentTotalCents: number): number;
}

/** A discount on the order (满减, member day): spread over the lines it names. */
export interface OrderPromotion {
  label: string;
  discountFor(
    lines: readonly PricedLine[],
    totalCents: number,
  ): { amountCents: number; lineIndexes: number[] };
}

export interface CouponRule {
  label: string;
  discountFor(
    lines: readonly PricedLine[],
    totalCents: number,
  ): { amountCents: number; lineIndexes: number[] };
}

export interface ManualDiscount {
  /** percent: 10 = 10% off what is left; amount: fen off. */
  kind: 'percent' | 'amount';
  value: number;
  reason: string;
}

export interface PointsRedemption {
  points: number;
  pointsPerYuanRedeemed: number;
  capPercent: number;
}

export interface PricingInput {
  lines: CartLine[];
  member: PricingMember | null;
  itemPromotions?: ItemPromotion[];
  orderPromotions?: OrderPromotion[];
  manualDiscount?: ManualDiscount | null;
  coupon?: CouponRule | null;
  points?: PointsRedemption | null;
}

export interface LineAdjustment {
  kind: AdjustmentKind;
  label: string;
  amountCents: number;
}

export interface PricedLine extends CartLine {
  listCents: number;
  adjustments: LineAdjustment[];
  discountCents: number;
  totalCents: number;
  /** This line's share of the redeemed points. */
  pointsRedeemed: number;
}

export interface OrderAdjustment {
  kind: AdjustmentKind;
  label: string;
  amountCents: number;
}

export interface PricedCart {
  lines: PricedLine[];
  /** The order-level discounts, each also spread over the lines' adjustments. */
  orderAdjustments: OrderAdjustment[];
  listCents: number;
  discountCents: number;
  totalCents: number;
  pointsRedeemed: number;
  pointsValueCents: number;
  /** The manual discount as a share of what it applied to, in basis points (for the role cap). */
  manualDiscountBasisPoints: number;
}

const MAX_QTY = 100_000;
const MAX_PRICE = 100_000_000_00;

function validate(line: CartLine, index: number): void {
  const field = (name: string) => ({ field: `lines[${index}].${name}` });
  if (!Number.isSafeInteger(line.qty) || line.qty < 1 || line.qty > MAX_QTY)
    throw new AppError('VALIDATION_FAILED', 'Quantity is a whole number of at least 1', field('qty'));
  for (const [name, value] of [
    ['unitPriceCents', line.unitPriceCents],
    ['memberPriceCents', line.memberPriceCents ?? 0],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0 || value > MAX_PRICE)
      throw new AppError('INVALID_AMOUNT', 'Prices are whole fen of zero or more', field(name));
  }
}

function take(line: PricedLine, kind: AdjustmentKind, label: string, amount: number): void {
  const bounded = Math.min(Math.max(0, amount), line.totalCents);
  if (bounded === 0) return;
  line.adjustments.push({ kind, label, amountCents: bounded });
  line.discountCents += bounded;
  line.totalCents -= bounded;
}

/** Spreads an order-level amount over the chosen lines (weights: what each still costs). */
function spread(
  lines: PricedLine[],
  indexes: readonly number[],
  kind: AdjustmentKind,
  label: string,
  wanted: number,
): number {
  const eligible = indexes.filter((i) => (lines[i]?.totalCents ?? 0) > 0);
  const room = eligible.reduce((sum, i) => sum + (lines[i]?.totalCents ?? 0), 0);
  const amount = Math.min(Math.max(0, Math.trunc(wanted)), room);
  if (amount === 0) return 0;
  const shares = allocate(
    amount,
    eligible.map((i) => lines[i]?.totalCents ?? 0),
  );
  eligible.forEach((lineIndex, k) => {
    const line = lines[lineIndex];
    if (line) take(line, kind, label, shares[k] ?? 0);
  });
  return amount;
}

const total = (lines: readonly PricedLine[]) => lines.reduce((sum, l) => sum + l.totalCents, 0);
const allIndexes = (lines: readonly PricedLine[]) => lines.map((_, i) => i);

export function priceCart(input: PricingInput): PricedCart {
  input.lines.forEach(validate);
  const lines: PricedLine[] = input.lines.map((line) => {
    const listCents = line.unitPriceCents * line.qty;
    return {
      ...line,
      listCents,
      adjustments: [],
      discountCents: 0,
      totalCents: listCents,
      pointsRedeemed: 0,
    };
  });
  const orderAdjustments: OrderAdjustment[] = [];

  for (const line of lines) {
    if (line.cardSession) take(line, 'card_session', '次卡抵扣', line.totalCents);
  }
  for (const promo of input.itemPromotions ?? []) {
    for (const line of lines)
      take(line, 'item_promotion', promo.label, promo.discountFor(line, line.totalCents));
  }
  if (input.member) {
    for (const line of lines) {
      if (line.memberPriceCents !== null && line.memberPriceCents < line.unitPriceCents) {
        take(line, 'member_price', '会员价', (line.unitPriceCents - line.memberPriceCents) * line.qty);
      } else if (line.levelDiscount && input.member.discountPercent < 100) {
        const off = line.totalCents - divRound(line.totalCents * input.member.discountPercent, 100);
        take(line, 'level', input.member.levelName ?? '会员折扣', off);
      }
    }
  }
  for (const promo of input.orderPromotions ?? []) {
    const { amountCents, lineIndexes } = promo.discountFor(lines, total(lines));
    const applied = spread(lines, lineIndexes, 'order_promotion', promo.label, amountCents);
    if (applied > 0)
      orderAdjustments.push({ kind: 'order_promotion', label: promo.label, amountCents: applied });
  }

  let manualDiscountBasisPoints = 0;
  const manual = input.manualDiscount;
  if (manual) {
    const base = total(lines);
    if (!Number.isSafeInteger(manual.value) || manual.value < 0)
      throw new AppError('INVALID_AMOUNT', 'A discount is a whole number of zero or more', {
        field: 'manualDiscount.value',
      });
    if (manual.kind === 'percent' && manual.value > 100)
      throw new AppError('INVALID_AMOUNT', 'A percent discount is at most 100', {
        field: 'manualDiscount.value',
      });
    if (manual.kind === 'amount' && manual.value > base)
      throw new AppError('INVALID_AMOUNT', 'The discount is larger than the order', {
        field: 'manualDiscount.value',
      });
    const wanted = manual.kind === 'percent' ? divRound(base * manual.value, 100) : manual.value;
    const label = manual.reason.trim() ? `手工优惠（${manual.reason.trim()}）` : '手工优惠';
    const applied = spread(lines, allIndexes(lines), 'manual', label, wanted);
    if (applied > 0) orderAdjustments.push({ kind: 'manual', label, amountCents: applied });
    manualDiscountBasisPoints = base === 0 ? 0 : Math.ceil((applied * 10_000) / base);
  }

  if (input.coupon) {
    const { amountCents, lineIndexes } = input.coupon.discountFor(lines, total(lines));
    const applied = spread(lines, lineIndexes, 'coupon', input.coupon.label, amountCents);
    if (applied > 0)
      orderAdjustments.push({ kind: 'coupon', label: input.coupon.label, amountCents: applied });
  }

  let pointsRedeemed = 0;
  let pointsValueCents = 0;
  const redemption = input.points;
  if (redemption && redemption.points > 0) {
    pointsValueCents = pointsValue(redemption, total(lines));
    pointsRedeemed = redemption.points;
    const before = lines.map((l) => l.totalCents);
    spread(lines, allIndexes(lines), 'points', `积分抵扣 ${redemption.points}`, pointsValueCents);
    const valueShares = lines.map((l, i) => (before[i] ?? 0) - l.totalCents);
    const pointShares = allocate(pointsRedeemed, valueShares);
    lines.forEach((line, i) => {
      line.pointsRedeemed = pointShares[i] ?? 0;
    });
    orderAdjustments.push({
      kind: 'points',
      label: `积分抵扣 ${redemption.points}`,
      amountCents: pointsValueCents,
    });
  }

  const listCents = lines.reduce((sum, l) => sum + l.listCents, 0);
  const totalCents = total(lines);
  return {
    lines,
    orderAdjustments,
    listCents,
    discountCents: listCents - totalCents,
    totalCents,
    pointsRedeemed,
    pointsValueCents,
    manualDiscountBasisPoints,
  };
}

/**
 * What redeeming points is worth: they must convert to whole fen, and may pay at most the cap's
 * share of what the order costs at that point.
 */
export function pointsValue(redemption: PointsRedemption, orderCents: number): number {
  const { points, pointsPerYuanRedeemed, capPercent } = redemption;
  if (!Number.isSafeInteger(points) || points <= 0)
    throw new AppError('INVALID_POINTS', 'Redeem a whole number of points above zero');
  const scaled = points * 100;
  if (scaled % pointsPerYuanRedeemed !== 0)
    throw new AppError(
      'INVALID_POINTS',
      `Points redeem in steps worth whole fen (${pointsPerYuanRedeemed} = ¥1)`,
    );
  const value = scaled / pointsPerYuanRedeemed;
  const cap = Math.floor((orderCents * capPercent) / 100);
  if (value > cap)
    throw new AppError('POINTS_CAP_EXCEEDED', `Points may pay at most ${capPercent}% of the order`, {
      capCents: cap,
      valueCents: value,
    });
  return value;
}
