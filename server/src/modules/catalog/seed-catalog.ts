import type { Ctx } from '../../shared/context.ts';
import { divRound, parseYuan } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { type CardProduct, createCardProduct, listCardProducts } from '../cards/card-products.ts';
import { moveStock } from '../inventory/stock.ts';
import { createProduct } from './create-product.ts';
import { createCategory } from './save-category.ts';

/** EAN-13 check digit: weights 1,3,1,3… over the first twelve digits. */
export function ean13(first12: string): string {
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return `${first12}${(10 - (sum % 10)) % 10}`;
}

type Service = [sku: string, name: string, yuan: number, memberYuan: number | null, minutes: number];
type Goods = [sku: string, name: string, unit: string, yuan: number, costYuan: number, ean12: string];

const HAIR: Service[] = [
  ['SV-WASHCUT', '洗剪吹', 68, 58, 45],
  ['SV-WASH', '洗吹造型', 38, 30, 30],
  ['SV-PERM', '烫发', 388, 328, 150],
  ['SV-COLOR', '染发', 328, 288, 120],
  ['SV-HAIRCARE', '头发养护', 168, 138, 60],
];
const CARE: Service[] = [
  ['SV-SCALP', '头皮护理', 198, 168, 60],
  ['SV-FACIAL', '面部护理', 268, 228, 75],
  ['SV-HYDRA', '补水护理', 198, 168, 60],
  ['SV-MASSAGE', '肩颈按摩', 128, 108, 45],
  ['SV-MANI', '美甲', 98, null, 60],
];
const TOILETRIES: Goods[] = [
  ['GD-SHAMPOO', '控油洗发水 500ml', '瓶', 89, 38, '690123450001'],
  ['GD-COND', '修护护发素 500ml', '瓶', 89, 36, '690123450002'],
  ['GD-HAIRMASK', '深层发膜 200g', '罐', 128, 52, '690123450003'],
  ['GD-HAIROIL', '摩洛哥护发精油 100ml', '瓶', 158, 60, '690123450004'],
  ['GD-WAX', '造型发蜡 80g', '罐', 68, 22, '690123450005'],
  ['GD-MASK', '补水面膜 5片装', '盒', 99, 35, '690123450006'],
  ['GD-CLEANSER', '氨基酸洁面乳 120g', '支', 79, 28, '690123450007'],
  ['GD-TONER', '保湿爽肤水 200ml', '瓶', 118, 42, '690123450008'],
  ['GD-HANDCREAM', '护手霜 50g', '支', 39, 12, '690123450009'],
  ['GD-LOTION', '滋润身体乳 250ml', '瓶', 86, 30, '690123450010'],
  ['GD-BODYWASH', '香氛沐浴露 500ml', '瓶', 69, 24, '690123450011'],
  ['GD-COMB', '气垫按摩梳', '把', 59, 18, '690123450012'],
  ['GD-SUNSCREEN', '清爽防晒乳 50ml', '支', 128, 45, '690123450013'],
];
const DRINKS: Goods[] = [
  ['DR-WATER', '矿泉水 550ml', '瓶', 3, 1.2, '690123460001'],
  ['DR-SODA', '苏打水 330ml', '瓶', 6, 2.5, '690123460002'],
  ['DR-LEMONTEA', '柠檬茶 500ml', '瓶', 6, 2.8, '690123460003'],
  ['DR-COFFEE', '冷萃咖啡 270ml', '瓶', 12, 5.5, '690123460004'],
  ['DR-COCONUT', '椰子水 330ml', '瓶', 10, 4.5, '690123460005'],
  ['DR-GREENTEA', '无糖绿茶 500ml', '瓶', 5, 2.2, '690123460006'],
  ['DR-MILKTEA', '原味奶茶 350ml', '杯', 15, 6, '690123460007'],
];

const fen = (yuan: number) => parseYuan(String(yuan));

/** Counted and time cards for the demo, named by the service SKUs, when none exist yet. */
async function demoCardProducts(ctx: Ctx): Promise<CardProduct[]> {
  const existing = await listCardProducts(ctx);
  if (existing.length) return existing;
  return [
    await createCardProduct(ctx, {
      name: '洗剪吹10次卡',
      kind: 'counted',
      priceCents: 58_000,
      validity: 'days',
      validDays: 365,
      items: [{ itemCode: 'SV-WASHCUT', itemName: '洗剪吹', sessions: 10 }],
    }),
    await createCardProduct(ctx, {
      name: '面部护理套餐卡',
      kind: 'counted',
      priceCents: 198_000,
      validity: 'days',
      validDays: 365,
      items: [
        { itemCode: 'SV-FACIAL', itemName: '面部护理', sessions: 8 },
        { itemCode: 'SV-HYDRA', itemName: '补水护理', sessions: 4 },
      ],
    }),
    await createCardProduct(ctx, {
      name: '头皮护理月卡',
      kind: 'time',
      priceCents: 68_000,
      validity: 'days',
      validDays: 30,
      items: [{ itemCode: 'SV-SCALP', itemName: '头皮护理', sessions: null }],
    }),
  ];
}

/**
 * A beauty salon with a retail shelf: services whose SKUs are the item codes the demo cards name
 * (so a counted card pays for them), goods with EAN-13 barcodes and opening stock in every store,
 * and one card item per card product.
 */
export async function seedCatalog(ctx: Ctx, storeIds: readonly string[]): Promise<void> {
  const category = (name: string, sort: number, parentId?: string, pointsPerYuan?: number) =>
    createCategory(ctx, { name, sort, parentId, pointsPerYuan });
  const services = await category('服务项目', 1);
  const hair = await category('美发服务', 1, services.id);
  const care = await category('护理服务', 2, services.id);
  const retail = await category('零售商品', 2);
  const toiletries = await category('洗护用品', 1, retail.id);
  // Drinks earn no points: the margin is thin.
  const drinks = await category('饮品', 2, retail.id, 0);
  const cards = await category('会员卡', 3);

  for (const [list, categoryId] of [
    [HAIR, hair.id],
    [CARE, care.id],
  ] as const) {
    for (const [sku, name, yuan, memberYuan, minutes] of list) {
      await createProduct(ctx, {
        kind: 'service',
        sku,
        name,
        categoryId,
        priceCents: fen(yuan),
        memberPriceCents: memberYuan === null ? null : fen(memberYuan),
        costCents: divRound(fen(yuan) * 3, 10),
        durationMinutes: minutes,
      });
    }
  }

  for (const [list, categoryId] of [
    [TOILETRIES, toiletries.id],
    [DRINKS, drinks.id],
  ] as const) {
    for (const [i, [sku, name, unit, yuan, costYuan, ean12]] of list.entries()) {
      const product = await createProduct(ctx, {
        kind: 'goods',
        sku,
        name,
        unit,
        categoryId,
        priceCents: fen(yuan),
        costCents: fen(costYuan),
        // Drinks keep their price for members and take no level discount.
        levelDiscount: list !== DRINKS,
        lowStockThreshold: list === DRINKS ? 24 : 5,
        barcodes: [ean13(ean12)],
      });
      for (const [s, storeId] of storeIds.entries()) {
        const qty = (list === DRINKS ? 48 : 12) + ((i * 7 + s * 5) % 11);
        await inTransaction(ctx, (tx) =>
          moveStock(tx, {
            storeId,
            productId: product.id,
            kind: 'opening',
            refType: 'seed-demo',
            refId: product.id,
            qty,
            valueCents: qty * product.costCents,
            note: '期初库存',
          }),
        );
      }
    }
  }

  for (const [i, card] of (await demoCardProducts(ctx)).entries()) {
    await createProduct(ctx, {
      kind: 'card',
      sku: `CARD-${String(i + 1).padStart(2, '0')}`,
      name: card.name,
      categoryId: cards.id,
      cardProductId: card.id,
      levelDiscount: false,
    });
  }
}
