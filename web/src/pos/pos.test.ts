import { describe, expect, it } from 'vitest';
import {
  addProduct,
  cartBody,
  cartFromHeld,
  EMPTY_CART,
  equalShares,
  type ProductInfo,
  removeLine,
  setCoupon,
  setLineStaff,
  setMember,
  setQty,
  staffProblem,
  toggleStaff,
} from './cart.ts';
import { addTender, changeCents, remainingCents, tenderProblem, toPayments, withGiftCard } from './tender.ts';

const water: ProductInfo = {
  id: 'p1',
  sku: 'DR-WATER',
  name: '矿泉水',
  kind: 'goods',
  unit: '瓶',
  priceCents: 300,
};
const card: ProductInfo = {
  id: 'p2',
  sku: 'CARD',
  name: '次卡',
  kind: 'card',
  unit: '张',
  priceCents: 58000,
};

describe('cart', () => {
  it('raises the quantity when the same product is scanned again', () => {
    let { cart } = addProduct(EMPTY_CART, water);
    const second = addProduct(cart, water);
    cart = second.cart;
    expect(second.index).toBe(0);
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]!.qty).toBe(2);
  });

  it('sells a card one per line', () => {
    let { cart } = addProduct(EMPTY_CART, card);
    cart = addProduct(cart, card).cart;
    expect(cart.lines.map((l) => l.qty)).toEqual([1, 1]);
    expect(setQty(cart, 0, 3).lines[0]!.qty).toBe(1);
  });

  it('drops discount and points with the last line, and cards with the member', () => {
    let { cart } = addProduct(EMPTY_CART, water);
    cart = {
      ...cart,
      memberId: 'm1',
      manualDiscount: { kind: 'percent', value: 10, reason: '' },
      pointsToRedeem: 100,
    };
    cart = { ...cart, lines: cart.lines.map((l) => ({ ...l, cardId: 'c1' })) };
    const other = setMember(cart, 'm2');
    expect(other.lines[0]!.cardId).toBeNull();
    expect(other.pointsToRedeem).toBe(0);
    const empty = removeLine(cart, 0);
    expect(empty.manualDiscount).toBeNull();
    expect(empty.pointsToRedeem).toBe(0);
  });

  it('keeps a coupon only with its member and the cart, and sends it as couponId', () => {
    let { cart } = addProduct(EMPTY_CART, water);
    expect(setCoupon(cart, 'cp1').couponId).toBeNull();
    cart = setCoupon(setMember(cart, 'm1'), 'cp1');
    expect(cartBody(cart)).toMatchObject({ memberId: 'm1', couponId: 'cp1' });
    expect(setMember(cart, 'm2').couponId).toBeNull();
    expect(removeLine(cart, 0).couponId).toBeNull();
    expect(cartBody(setCoupon(cart, null))).not.toHaveProperty('couponId');
  });

  it('builds the API body without empty fields', () => {
    const { cart } = addProduct(EMPTY_CART, water, 2);
    expect(cartBody(cart)).toEqual({ lines: [{ productId: 'p1', qty: 2 }] });
  });
});

describe('line staff', () => {
  it('splits 100 evenly with the remainder on the first', () => {
    expect(equalShares(0)).toEqual([]);
    expect(equalShares(1)).toEqual([100]);
    expect(equalShares(2)).toEqual([50, 50]);
    expect(equalShares(3)).toEqual([34, 33, 33]);
    expect(equalShares(7)).toEqual([16, 14, 14, 14, 14, 14, 14]);
    for (let n = 1; n <= 10; n++) expect(equalShares(n).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('re-splits as people are picked and dropped, keeping their 点钟 flag', () => {
    let staff = toggleStaff([], 'u1');
    expect(staff).toEqual([{ userId: 'u1', sharePercent: 100, requested: false }]);
    staff = staff.map((s) => ({ ...s, requested: true }));
    staff = toggleStaff(toggleStaff(staff, 'u2'), 'u3');
    expect(staff.map((s) => [s.userId, s.sharePercent, s.requested])).toEqual([
      ['u1', 34, true],
      ['u2', 33, false],
      ['u3', 33, false],
    ]);
    expect(toggleStaff(staff, 'u1')).toEqual([
      { userId: 'u2', sharePercent: 50, requested: false },
      { userId: 'u3', sharePercent: 50, requested: false },
    ]);
  });

  it('accepts no one, or whole shares of 1–100 that add up to 100', () => {
    const two = toggleStaff(toggleStaff([], 'u1'), 'u2');
    expect(staffProblem([])).toBeNull();
    expect(staffProblem(two)).toBeNull();
    expect(staffProblem([{ ...two[0]!, sharePercent: 60 }, two[1]!])).toBe('sum');
    expect(
      staffProblem([
        { ...two[0]!, sharePercent: 100 },
        { ...two[1]!, sharePercent: 0 },
      ]),
    ).toBe('share');
    expect(
      staffProblem([
        { ...two[0]!, sharePercent: 49.5 },
        { ...two[1]!, sharePercent: 50.5 },
      ]),
    ).toBe('share');
  });

  it('keeps the staff through quantity changes and a held cart, and sends them', () => {
    let { cart } = addProduct(EMPTY_CART, water);
    cart = setLineStaff(cart, 0, [{ userId: 'u1', sharePercent: 100, requested: true }]);
    cart = setQty(addProduct(cart, water).cart, 0, 5);
    expect(cart.lines[0]).toMatchObject({
      qty: 5,
      staff: [{ userId: 'u1', sharePercent: 100, requested: true }],
    });
    const body = cartBody(cart);
    expect(body.lines).toEqual([
      { productId: 'p1', qty: 5, staff: [{ userId: 'u1', sharePercent: 100, requested: true }] },
    ]);
    const resumed = cartFromHeld({
      lines: [{ productId: 'p1', qty: 5, staff: [{ userId: 'u1', sharePercent: 100 }] }],
    });
    expect(resumed.lines[0]!.staff).toEqual([{ userId: 'u1', sharePercent: 100, requested: false }]);
    expect(cartFromHeld(body).lines[0]!.staff).toEqual(cart.lines[0]!.staff);
    expect(setMember(cart, 'm1').lines[0]!.staff).toEqual(cart.lines[0]!.staff);
  });
});

describe('tenders', () => {
  it('fills the remaining amount, stored value capped at the balance', () => {
    let tenders = addTender([], 'stored_value', 10_000, 3_000);
    expect(tenders[0]!.amountCents).toBe(3_000);
    tenders = addTender(tenders, 'cash', 10_000);
    expect(tenders[1]!.amountCents).toBe(7_000);
    expect(remainingCents(10_000, tenders)).toBe(0);
    expect(tenderProblem(10_000, tenders, 3_000)).toBeNull();
  });

  it('computes change from what was handed over', () => {
    const [cash] = addTender([], 'cash', 8_280);
    const handed = { ...cash!, tenderedCents: 10_000 };
    expect(changeCents(handed)).toBe(1_720);
    expect(toPayments([handed])).toEqual([{ method: 'cash', amountCents: 8_280, tenderedCents: 10_000 }]);
    expect(tenderProblem(8_280, [{ ...handed, tenderedCents: 5_000 }], 0)).toBe('cashShort');
  });

  it('refuses tenders that do not sum to the total', () => {
    const tenders = addTender([], 'wechat', 1_000).map((t) => ({ ...t, amountCents: 900, ref: ' WX1 ' }));
    expect(tenderProblem(1_000, tenders, 0)).toBe('mismatch');
    expect(toPayments(tenders)).toEqual([{ method: 'wechat', amountCents: 900, ref: 'WX1' }]);
  });

  it('a gift card pays once scanned, at most its balance, and sends its code', () => {
    let tenders = addTender([], 'gift_card', 13_600);
    expect(tenders[0]!.amountCents).toBe(0);
    expect(tenderProblem(13_600, tenders, 0)).toBe('giftCardMissing');
    tenders = withGiftCard(tenders, 13_600, {
      code: '6212345678901234567',
      last4: '4567',
      balanceCents: 10_000,
    });
    expect(tenders[0]!.amountCents).toBe(10_000);
    tenders = addTender(tenders, 'wechat', 13_600);
    expect(tenderProblem(13_600, tenders, 0)).toBeNull();
    expect(toPayments(tenders)[0]).toEqual({
      method: 'gift_card',
      amountCents: 10_000,
      giftCardCode: '6212345678901234567',
    });
    const over = tenders.map((t) => (t.method === 'gift_card' ? { ...t, amountCents: 12_000 } : t));
    expect(tenderProblem(13_600, over, 0)).toBe('giftCardShort');
  });
});
