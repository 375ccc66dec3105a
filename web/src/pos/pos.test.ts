import { describe, expect, it } from 'vitest';
import { addProduct, cartBody, EMPTY_CART, type ProductInfo, removeLine, setMember, setQty } from './cart.ts';
import { addTender, changeCents, remainingCents, tenderProblem, toPayments } from './tender.ts';

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

  it('builds the API body without empty fields', () => {
    const { cart } = addProduct(EMPTY_CART, water, 2);
    expect(cartBody(cart)).toEqual({ lines: [{ productId: 'p1', qty: 2 }] });
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
});
