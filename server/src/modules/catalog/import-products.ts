import { isAppError } from '../../shared/errors.ts';
import { parseYuan } from '../../shared/money.ts';
import type { CellOf, ImportFieldSpec, ImportKindSpec } from '../imports/import-kind.ts';
import { PRODUCT_EXPORT_HEADERS as H } from './export-products.ts';
import { categoryResolver, type ProductImportRow, writeProductBatch } from './write-product-batch.ts';

/**
 * What a product import can fill: Chinese names first (the first is the template's header), then
 * the product export's own headers, so an exported file imports back.
 */
export const PRODUCT_FIELDS = {
  sku: { aliases: ['编码', '商品编码', '货号', '项目编码', H.sku, 'sku', 'code'], required: true },
  name: { aliases: ['名称', '商品名称', '品名', '项目名称', H.name, 'name'], required: true },
  kind: { aliases: ['类型', '商品类型', H.kind, 'kind', 'type'] },
  category: { aliases: ['分类', '类别', '商品分类', H.category, 'category'] },
  unit: { aliases: ['单位', H.unit, 'unit'] },
  price: { aliases: ['售价', '零售价', '价格', '标准价', H.price, 'price'], required: true },
  memberPrice: { aliases: ['会员价', H.memberPrice, 'member price'] },
  cost: { aliases: ['成本', '成本价', '进价', H.cost, 'cost'] },
  barcodes: { aliases: ['条码', '条形码', H.barcodes, 'barcode', 'barcodes'] },
  trackStock: { aliases: ['管理库存', H.trackStock, 'track stock'] },
  levelDiscount: { aliases: ['参与等级折扣', '等级折扣', H.levelDiscount, 'level discount'] },
  duration: { aliases: ['时长(分钟)', '时长', '服务时长', H.duration, 'minutes', 'duration'] },
  lowStock: { aliases: ['库存预警', H.lowStock, 'low stock'] },
  status: { aliases: ['状态', H.status, 'status'] },
} as const satisfies Record<string, ImportFieldSpec>;

type ProductField = keyof typeof PRODUCT_FIELDS;

export const PRODUCT_REJECTION_LABELS: Record<string, string> = {
  SKU_MISSING: '缺少编码 / SKU missing',
  INVALID_SKU: '编码只能含字母、数字、. _ -，最多 40 位 / SKU: letters, digits, . _ - only, at most 40',
  PRODUCT_NAME_MISSING: '缺少名称或名称超过 60 字 / Name missing or longer than 60',
  INVALID_KIND:
    '类型只能是 商品 或 服务（卡项商品请在后台设置） / Kind must be goods or service (card items are set up in the back office)',
  KIND_CHANGED: '已有商品的类型不能修改 / An existing product’s kind cannot change',
  INVALID_PRICE: '价格无效（须为不小于 0 的金额，最多两位小数） / Invalid price',
  MEMBER_PRICE_ABOVE_PRICE: '会员价高于售价 / Member price above the price',
  INVALID_BARCODE: '条码无效（字母、数字，最多 40 位，最多 20 个） / Invalid barcode',
  BARCODE_TAKEN: '条码已被其他商品使用 / Barcode used by another product',
  SKU_TAKEN: '编码已是其他商品的条码 / SKU is another product’s barcode',
  INVALID_CATEGORY: '分类名无效（每级最多 40 字） / Invalid category',
  CATEGORY_AMBIGUOUS:
    '有多个同名分类，请写完整路径，如 美发服务/染发 / Several categories have this name: give the path',
  INVALID_VALUE: '是否、数量、单位或状态无法识别 / Unrecognised yes/no, number, unit or status',
  NOT_FOR_KIND:
    '该列不适用于此类型（库存只对商品，时长只对服务） / Not for this kind (stock: goods; duration: services)',
};

const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const MAX_FEN = 100_000_000;
const KINDS: Record<string, 'goods' | 'service'> = {
  goods: 'goods',
  商品: 'goods',
  实物: 'goods',
  货品: 'goods',
  product: 'goods',
  service: 'service',
  服务: 'service',
  项目: 'service',
};
const YES = new Set(['y', 'yes', '是', '1', 'true', '✓']);
const NO = new Set(['n', 'no', '否', '0', 'false']);
const STATUSES: Record<string, 'active' | 'archived'> = {
  active: 'active',
  启用: 'active',
  在售: 'active',
  上架: 'active',
  archived: 'archived',
  停用: 'archived',
  下架: 'archived',
  已归档: 'archived',
};

/** Yuan text to fen; '' is null (not given), anything else invalid is undefined. */
function money(text: string): number | null | undefined {
  if (text === '') return null;
  try {
    const value = parseYuan(text.replace(/[¥￥,\s]/g, ''));
    return value >= 0 && value <= MAX_FEN ? value : undefined;
  } catch (err) {
    if (isAppError(err)) return undefined;
    throw err;
  }
}

function flag(text: string): boolean | null | undefined {
  if (text === '') return null;
  const t = text.toLowerCase();
  return YES.has(t) ? true : NO.has(t) ? false : undefined;
}

function whole(text: string, min: number, max: number): number | null | undefined {
  if (text === '') return null;
  const n = Number(text);
  return /^\d+$/.test(text) && n >= min && n <= max ? n : undefined;
}

/** One row as a product to create or update, or the reason it cannot be. */
export function validateProductRow(cell: CellOf): ProductImportRow | string {
  const get = (field: ProductField) => cell(field);
  const sku = get('sku');
  if (!sku) return 'SKU_MISSING';
  if (!CODE.test(sku)) return 'INVALID_SKU';
  const name = get('name');
  if (!name || name.length > 60) return 'PRODUCT_NAME_MISSING';
  const kindText = get('kind').toLowerCase();
  const kind = kindText ? KINDS[kindText] : null;
  if (kind === undefined) return 'INVALID_KIND';
  const price = money(get('price'));
  const memberPrice = money(get('memberPrice'));
  const cost = money(get('cost'));
  if (price == null || memberPrice === undefined || cost === undefined) return 'INVALID_PRICE';
  if (memberPrice !== null && memberPrice > price) return 'MEMBER_PRICE_ABOVE_PRICE';
  const barcodeText = get('barcodes');
  const barcodes = barcodeText ? [...new Set(barcodeText.split(/[\s,，;；|/]+/).filter(Boolean))] : null;
  if (barcodes && (barcodes.length > 20 || !barcodes.every((b) => CODE.test(b)))) return 'INVALID_BARCODE';
  const categoryText = get('category');
  const categoryPath = categoryText
    ? categoryText
        .split(/\s*[/>＞]\s*/)
        .map((p) => p.trim())
        .filter(Boolean)
    : null;
  if (categoryPath?.some((p) => p.length > 40)) return 'INVALID_CATEGORY';
  const trackStock = flag(get('trackStock'));
  const levelDiscount = flag(get('levelDiscount'));
  const duration = whole(get('duration'), 1, 24 * 60);
  const lowStock = whole(get('lowStock'), 0, 1_000_000);
  const statusText = get('status').toLowerCase();
  const status = statusText ? STATUSES[statusText] : null;
  const unit = get('unit');
  if (
    trackStock === undefined ||
    levelDiscount === undefined ||
    duration === undefined ||
    lowStock === undefined ||
    status === undefined ||
    unit.length > 10
  ) {
    return 'INVALID_VALUE';
  }
  return {
    sku,
    name,
    kind,
    categoryPath: categoryPath?.length ? categoryPath : null,
    unit: unit || null,
    priceCents: price,
    memberPriceCents: memberPrice,
    costCents: cost,
    barcodes,
    trackStock,
    levelDiscount,
    durationMinutes: duration,
    lowStockThreshold: lowStock,
    status,
  };
}

/**
 * Goods and services, keyed by SKU: a SKU already in the catalog updates that product (only the
 * columns given), an unchanged one is counted as unchanged, so re-running a file changes nothing.
 * Categories are found by name or path and created when missing. Stock is not imported here.
 */
export const productImport: ImportKindSpec<ProductImportRow> = {
  kind: 'products',
  permission: 'catalog.manage',
  fields: PRODUCT_FIELDS,
  rejectionLabels: PRODUCT_REJECTION_LABELS,
  async prepare(ctx) {
    const categories = await categoryResolver(ctx);
    return {
      validate: validateProductRow,
      // SKUs and barcodes share one space: a code means one thing at the till.
      keys: (row) => [...new Set([row.sku, ...(row.barcodes ?? [])])],
      write: (tx, rows, dryRun) => writeProductBatch(tx, rows, dryRun, categories),
      growingTables: ['products', 'product_barcodes'],
    };
  },
};
