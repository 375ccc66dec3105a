import {
  App,
  Button,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Switch,
  TreeSelect,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { fenToYuanText, parseYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import {
  type Category,
  type CreateProductBody,
  categoryTree,
  PRODUCT_KINDS,
  type Product,
  type ProductKind,
  treeOptions,
} from './catalog.ts';

interface Values {
  kind: ProductKind;
  sku: string;
  name: string;
  categoryId: string | null;
  unit: string;
  price: string;
  memberPrice: string;
  cost: string;
  trackStock: boolean;
  levelDiscount: boolean;
  durationMinutes: number | null;
  cardProductId: string | null;
  lowStockThreshold: number | null;
  barcodes: string[];
}

interface Props {
  /** undefined: closed; null: create; a product: edit. */
  product: Product | null | undefined;
  categories: readonly Category[];
  onClose: () => void;
  onSaved: () => void;
}

const MAX_FEN = 100_000_000;
const CODE = /^[A-Za-z0-9._-]{1,40}$/;

/** Creates or edits a product; the kind is chosen once (sold lines and stock depend on it). */
export function ProductDrawer({ product, categories, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const open = product !== undefined;
  const kind = Form.useWatch('kind', form) ?? product?.kind ?? 'goods';
  const cards = useLoad(
    () =>
      open && kind === 'card'
        ? unwrap(api.GET('/api/v1/card-products', { params: { query: { includeArchived: 'false' } } }))
        : Promise.resolve([]),
    [open, kind],
  );

  const initialValues: Values = product
    ? {
        kind: product.kind,
        sku: product.sku,
        name: product.name,
        categoryId: product.categoryId,
        unit: product.unit,
        price: fenToYuanText(product.priceCents),
        memberPrice: product.memberPriceCents === null ? '' : fenToYuanText(product.memberPriceCents),
        cost: fenToYuanText(product.costCents),
        trackStock: product.trackStock,
        levelDiscount: product.levelDiscount,
        durationMinutes: product.durationMinutes,
        cardProductId: product.cardProductId,
        lowStockThreshold: product.lowStockThreshold,
        barcodes: product.barcodes,
      }
    : {
        kind: 'goods',
        sku: '',
        name: '',
        categoryId: null,
        unit: '',
        price: '',
        memberPrice: '',
        cost: '',
        trackStock: true,
        levelDiscount: true,
        durationMinutes: null,
        cardProductId: null,
        lowStockThreshold: null,
        barcodes: [],
      };
  // Reopened before the close animation ends, the old form is still mounted: start it afresh.
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  // Amounts are typed in yuan and sent as integer fen; parseYuan never goes through floats.
  const yuan = (optional: boolean) => ({
    validator: async (_: unknown, text: string | undefined) => {
      if (optional && !text?.trim()) return;
      const fen = parseYuan(text?.trim() ?? '');
      if (fen === null || fen < 0 || fen > MAX_FEN) throw new Error(t('catalog.invalidAmount'));
    },
  });
  const optionalFen = (text: string | undefined) => (text?.trim() ? parseYuan(text.trim()) : null);

  const submit = async () => {
    const v = await form.validateFields();
    const price = optionalFen(v.price);
    const fields = {
      sku: v.sku.trim(),
      name: v.name.trim(),
      categoryId: v.categoryId ?? null,
      ...(v.unit?.trim() ? { unit: v.unit.trim() } : {}),
      // A card product left without a price sells at its card's price.
      ...(price !== null ? { priceCents: price } : {}),
      memberPriceCents: v.kind === 'gift_card' ? null : optionalFen(v.memberPrice),
      costCents: optionalFen(v.cost) ?? 0,
      levelDiscount: v.levelDiscount,
      trackStock: v.kind === 'goods' ? v.trackStock : false,
      durationMinutes: v.kind === 'service' ? (v.durationMinutes ?? null) : null,
      cardProductId: v.kind === 'card' ? v.cardProductId : null,
      lowStockThreshold: v.kind === 'goods' ? (v.lowStockThreshold ?? null) : null,
      barcodes: (v.barcodes ?? []).map((b) => b.trim()).filter(Boolean),
    };
    setSaving(true);
    try {
      if (product) {
        await unwrap(
          api.PATCH('/api/v1/products/{id}', { params: { path: { id: product.id } }, body: fields }),
        );
        void message.success(t('common.saved'));
      } else {
        const body: CreateProductBody = { kind: v.kind, ...fields };
        await unwrap(api.POST('/api/v1/products', { body }));
        void message.success(t('common.created'));
      }
      onSaved();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      title={product ? t('catalog.productEdit') : t('catalog.productNew')}
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      data-testid="product-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()} data-testid="product-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" autoComplete="off" initialValues={initialValues} preserve={false}>
        <Form.Item name="kind" label={t('catalog.kind')} extra={t(`catalog.kindHelp_${kind}`)}>
          <Radio.Group optionType="button" buttonStyle="solid" disabled={Boolean(product)}>
            {PRODUCT_KINDS.map((k) => (
              <Radio.Button key={k} value={k}>
                <span data-testid={`product-kind-${k}`}>{t(`catalog.kind_${k}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {kind === 'card' && (
          <Form.Item
            name="cardProductId"
            label={t('catalog.cardProduct')}
            rules={[{ required: true, message: t('common.required', { field: t('catalog.cardProduct') }) }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              loading={cards.loading}
              options={(cards.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              onChange={(id: string) => {
                const card = cards.data?.find((c) => c.id === id);
                if (!card) return;
                if (!form.getFieldValue('name')) form.setFieldValue('name', card.name);
                if (!form.getFieldValue('price')) form.setFieldValue('price', fenToYuanText(card.priceCents));
              }}
              data-testid="product-card-product"
            />
          </Form.Item>
        )}
        <Space align="start" wrap>
          <Form.Item
            name="sku"
            label={t('catalog.sku')}
            extra={kind === 'service' ? t('catalog.skuServiceHelp') : undefined}
            rules={[
              { required: true, message: t('common.required', { field: t('catalog.sku') }) },
              { pattern: CODE, message: t('catalog.invalidCode') },
            ]}
          >
            <Input maxLength={40} style={{ width: 200 }} data-testid="product-sku" />
          </Form.Item>
          <Form.Item name="unit" label={t('catalog.unit')}>
            <Input maxLength={10} style={{ width: 100 }} placeholder={t(`catalog.unitDefault_${kind}`)} />
          </Form.Item>
        </Space>
        <Form.Item
          name="name"
          label={t('catalog.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('catalog.name') }) },
          ]}
        >
          <Input maxLength={60} data-testid="product-name" />
        </Form.Item>
        <Form.Item name="categoryId" label={t('catalog.category')}>
          <TreeSelect
            allowClear
            treeDefaultExpandAll
            placeholder={t('catalog.noCategory')}
            treeData={treeOptions(categoryTree(categories))}
            data-testid="product-category"
          />
        </Form.Item>
        <Space align="start" wrap>
          <Form.Item
            name="price"
            label={t('catalog.price')}
            rules={[yuan(kind === 'card')]}
            extra={
              kind === 'card'
                ? t('catalog.cardPriceHelp')
                : kind === 'gift_card'
                  ? t('catalog.giftCardPriceHelp')
                  : undefined
            }
          >
            <Input prefix="¥" inputMode="decimal" style={{ width: 150 }} data-testid="product-price" />
          </Form.Item>
          {kind !== 'gift_card' && (
            <Form.Item name="memberPrice" label={t('catalog.memberPrice')} rules={[yuan(true)]}>
              <Input
                prefix="¥"
                inputMode="decimal"
                style={{ width: 150 }}
                data-testid="product-member-price"
              />
            </Form.Item>
          )}
          <Form.Item name="cost" label={t('catalog.cost')} rules={[yuan(true)]}>
            <Input prefix="¥" inputMode="decimal" style={{ width: 150 }} data-testid="product-cost" />
          </Form.Item>
        </Space>
        <Form.Item
          name="barcodes"
          label={t('catalog.barcodes')}
          extra={t('catalog.barcodesHelp')}
          rules={[
            {
              validator: async (_: unknown, codes: string[] | undefined) => {
                if ((codes ?? []).some((c) => !CODE.test(c.trim())))
                  throw new Error(t('catalog.invalidCode'));
                if ((codes ?? []).length > 20) throw new Error(t('catalog.tooManyBarcodes'));
              },
            },
          ]}
        >
          <Select mode="tags" open={false} tokenSeparators={[',', ' ']} data-testid="product-barcodes" />
        </Form.Item>
        {kind !== 'gift_card' && (
          <Form.Item
            name="levelDiscount"
            label={t('catalog.levelDiscount')}
            valuePropName="checked"
            extra={t('catalog.levelDiscountHelp')}
          >
            <Switch />
          </Form.Item>
        )}
        {kind === 'goods' && (
          <Space align="start" wrap>
            <Form.Item name="trackStock" label={t('catalog.trackStock')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="lowStockThreshold" label={t('catalog.lowStockThreshold')}>
              <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 140 }} />
            </Form.Item>
          </Space>
        )}
        {kind === 'service' && (
          <Form.Item name="durationMinutes" label={t('catalog.duration')}>
            <InputNumber
              min={1}
              max={1440}
              precision={0}
              suffix={t('catalog.minutes')}
              style={{ width: 160 }}
            />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
