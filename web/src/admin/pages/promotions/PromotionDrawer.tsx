import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { fenToYuanText, parseYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { ProductSelect } from './ProductSelect.tsx';

export type Promotion = Schemas['Promotion'];
type Kind = Promotion['kind'];

interface Values {
  name: string;
  kind: Kind;
  window: [Dayjs, Dayjs | null];
  storeIds: string[];
  weekdays: number[];
  percentOff: number;
  pointsMultiplierPercent: number;
  items: { productId: string; price: string }[];
  tiers: { threshold: string; off: string }[];
  productIds: string[];
  buyQty: number;
  getQty: number;
  getPercentOff: number;
}

function initial(p: Promotion | null): Values {
  const base: Values = {
    name: p?.name ?? '',
    kind: p?.kind ?? 'order_tiers',
    window: [p ? dayjs(p.startsAt) : dayjs().startOf('day'), p?.endsAt ? dayjs(p.endsAt) : null],
    storeIds: p?.storeIds ?? [],
    weekdays: [3],
    percentOff: 5,
    pointsMultiplierPercent: 200,
    items: [{ productId: '', price: '' }],
    tiers: [{ threshold: '', off: '' }],
    productIds: [],
    buyQty: 2,
    getQty: 1,
    getPercentOff: 100,
  };
  if (!p) return base;
  switch (p.kind) {
    case 'member_day':
      return { ...base, ...p.rules };
    case 'special_price':
      return {
        ...base,
        items: p.rules.items.map((i) => ({ productId: i.productId, price: fenToYuanText(i.priceCents) })),
      };
    case 'order_tiers':
      return {
        ...base,
        tiers: p.rules.tiers.map((x) => ({
          threshold: fenToYuanText(x.thresholdCents),
          off: fenToYuanText(x.offCents),
        })),
      };
    case 'buy_x_get_y':
      return {
        ...base,
        productIds: p.rules.productIds,
        buyQty: p.rules.buyQty,
        getQty: p.rules.getQty,
        getPercentOff: p.rules.percentOff,
      };
  }
}

function body(v: Values) {
  const common = {
    name: v.name.trim(),
    storeIds: v.storeIds,
    startsAt: v.window[0].toISOString(),
    endsAt: v.window[1] ? v.window[1].endOf('day').toISOString() : null,
  };
  switch (v.kind) {
    case 'member_day':
      return {
        ...common,
        kind: v.kind,
        rules: {
          weekdays: v.weekdays,
          percentOff: v.percentOff,
          pointsMultiplierPercent: v.pointsMultiplierPercent,
        },
      };
    case 'special_price':
      return {
        ...common,
        kind: v.kind,
        rules: {
          items: v.items.map((i) => ({ productId: i.productId, priceCents: parseYuan(i.price) ?? 0 })),
        },
      };
    case 'order_tiers':
      return {
        ...common,
        kind: v.kind,
        rules: {
          tiers: v.tiers.map((x) => ({
            thresholdCents: parseYuan(x.threshold) ?? 0,
            offCents: parseYuan(x.off) ?? 0,
          })),
        },
      };
    case 'buy_x_get_y':
      return {
        ...common,
        kind: v.kind,
        rules: { productIds: v.productIds, buyQty: v.buyQty, getQty: v.getQty, percentOff: v.getPercentOff },
      };
  }
}

export function PromotionDrawer({
  promotion,
  onClose,
  onSaved,
}: {
  /** undefined: closed; null: create; a promotion: edit. */
  promotion: Promotion | null | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form);
  const stores = useLoad(() => unwrap(api.GET('/api/v1/stores')), []);
  const yuan = {
    validator: async (_: unknown, text: string) => {
      const fen = parseYuan(text ?? '');
      if (fen === null || fen < 0) throw new Error(t('coupons.invalidAmount'));
    },
  };

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      if (promotion) {
        await unwrap(
          api.PATCH('/api/v1/promotions/{id}', {
            params: { path: { id: promotion.id } },
            body: { promotion: body({ ...v, kind: promotion.kind }) },
          }),
        );
        void message.success(t('common.saved'));
      } else {
        await unwrap(api.POST('/api/v1/promotions', { body: body(v) }));
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
      title={promotion ? t('promotions.edit') : t('promotions.new')}
      open={promotion !== undefined}
      onClose={onClose}
      size={520}
      destroyOnHidden
      data-testid="promotions-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()} data-testid="promotions-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        autoComplete="off"
        initialValues={initial(promotion ?? null)}
        preserve={false}
      >
        <Form.Item
          name="name"
          label={t('promotions.name')}
          extra={t('promotions.nameHelp')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('promotions.name') }),
            },
          ]}
        >
          <Input maxLength={60} data-testid="promotions-name-input" />
        </Form.Item>
        <Form.Item name="kind" label={t('promotions.kind')}>
          <Radio.Group
            disabled={Boolean(promotion)}
            optionType="button"
            options={(['order_tiers', 'special_price', 'buy_x_get_y', 'member_day'] as const).map((k) => ({
              value: k,
              label: t(`promotions.kind_${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="window" label={t('promotions.window')} extra={t('promotions.windowHelp')}>
          <DatePicker.RangePicker
            allowEmpty={[false, true]}
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
          />
        </Form.Item>
        <Form.Item name="storeIds" label={t('coupons.stores')} extra={t('coupons.storesHelp')}>
          <Select
            mode="multiple"
            allowClear
            options={(stores.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            placeholder={t('coupons.allStores')}
          />
        </Form.Item>

        {kind === 'member_day' && (
          <>
            <Form.Item
              name="weekdays"
              label={t('promotions.weekdays')}
              rules={[{ required: true, type: 'array', min: 1 }]}
            >
              <Checkbox.Group
                options={[1, 2, 3, 4, 5, 6, 0].map((d) => ({
                  value: d,
                  label: t(`promotions.weekday_${d}`),
                }))}
              />
            </Form.Item>
            <Space align="start" wrap>
              <Form.Item
                name="percentOff"
                label={t('promotions.percentOff')}
                extra={t('promotions.percentOffHelp')}
              >
                <InputNumber min={0} max={99} precision={0} suffix="%" />
              </Form.Item>
              <Form.Item
                name="pointsMultiplierPercent"
                label={t('promotions.pointsMultiplier')}
                extra={t('promotions.pointsMultiplierHelp')}
              >
                <InputNumber min={100} max={1000} precision={0} suffix="%" />
              </Form.Item>
            </Space>
          </>
        )}

        {kind === 'special_price' && (
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item
                      name={[f.name, 'productId']}
                      rules={[{ required: true, message: t('promotions.pickProduct') }]}
                    >
                      <ProductSelect placeholder={t('promotions.product')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'price']} rules={[yuan]}>
                      <Input
                        prefix="¥"
                        inputMode="decimal"
                        placeholder={t('promotions.specialPrice')}
                        style={{ width: 140 }}
                      />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ productId: '', price: '' })}>
                  {t('promotions.addItem')}
                </Button>
              </>
            )}
          </Form.List>
        )}

        {kind === 'order_tiers' && (
          <Form.List name="tiers">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <span>{t('promotions.spend')}</span>
                    <Form.Item name={[f.name, 'threshold']} rules={[yuan]}>
                      <Input prefix="¥" inputMode="decimal" style={{ width: 120 }} />
                    </Form.Item>
                    <span>{t('promotions.takeOff')}</span>
                    <Form.Item name={[f.name, 'off']} rules={[yuan]}>
                      <Input prefix="¥" inputMode="decimal" style={{ width: 120 }} />
                    </Form.Item>
                    {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ threshold: '', off: '' })}>
                  {t('promotions.addTier')}
                </Button>
              </>
            )}
          </Form.List>
        )}

        {kind === 'buy_x_get_y' && (
          <>
            <Form.Item
              name="productIds"
              label={t('promotions.products')}
              rules={[{ required: true, type: 'array', min: 1 }]}
            >
              <ProductSelect multiple />
            </Form.Item>
            <Space align="start" wrap>
              <Form.Item name="buyQty" label={t('promotions.buyQty')}>
                <InputNumber min={1} max={100} precision={0} />
              </Form.Item>
              <Form.Item name="getQty" label={t('promotions.getQty')}>
                <InputNumber min={1} max={100} precision={0} />
              </Form.Item>
              <Form.Item
                name="getPercentOff"
                label={t('promotions.getPercentOff')}
                extra={t('promotions.getPercentOffHelp')}
              >
                <InputNumber min={1} max={100} precision={0} suffix="%" />
              </Form.Item>
            </Space>
          </>
        )}
      </Form>
    </Drawer>
  );
}
