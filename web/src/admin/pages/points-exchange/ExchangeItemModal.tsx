import { App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { fenToYuanText, parseYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { ProductSelect } from '../promotions/ProductSelect.tsx';

export type ExchangeItem = Schemas['ExchangeItem'];

interface Props {
  /** undefined: closed; null: a new item; an item: edit it. */
  item: ExchangeItem | null | undefined;
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  name: string;
  kind: ExchangeItem['kind'];
  couponTemplateId?: string;
  productId?: string;
  giftCardValue?: string;
  pointsCost: number;
  stock?: number | null;
  sort?: number;
}

/** What a catalogue item gives is fixed once created; its name, points, stock and order can change. */
export function ExchangeItemModal({ item, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? item?.kind ?? 'coupon';
  const [saving, setSaving] = useState(false);
  const templates = useLoad(
    () => unwrap(api.GET('/api/v1/coupon-templates', { params: { query: { includeArchived: 'false' } } })),
    [],
  );

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      if (item) {
        await unwrap(
          api.PATCH('/api/v1/exchange-items/{id}', {
            params: { path: { id: item.id } },
            body: { name: v.name, pointsCost: v.pointsCost, stock: v.stock ?? null, sort: v.sort ?? 0 },
          }),
        );
      } else {
        await unwrap(
          api.POST('/api/v1/exchange-items', {
            body: {
              name: v.name,
              kind: v.kind,
              pointsCost: v.pointsCost,
              stock: v.stock ?? null,
              sort: v.sort ?? 0,
              ...(v.kind === 'coupon' ? { couponTemplateId: v.couponTemplateId } : {}),
              ...(v.kind === 'product' ? { productId: v.productId } : {}),
              ...(v.kind === 'gift_card'
                ? { giftCardValueCents: parseYuan(v.giftCardValue ?? '') ?? 0 }
                : {}),
            },
          }),
        );
      }
      void message.success(t('common.saved'));
      onSaved();
      onClose();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={item !== undefined}
      title={item ? t('exchange.editItem') : t('exchange.newItem')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, 'data-testid': 'exchange-item-save' } as never}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        autoComplete="off"
        initialValues={
          item
            ? {
                name: item.name,
                kind: item.kind,
                couponTemplateId: item.couponTemplateId ?? undefined,
                productId: item.productId ?? undefined,
                giftCardValue: item.giftCardValueCents ? fenToYuanText(item.giftCardValueCents) : undefined,
                pointsCost: item.pointsCost,
                stock: item.stock,
                sort: item.sort,
              }
            : { kind: 'coupon', sort: 0 }
        }
      >
        <Form.Item name="name" label={t('exchange.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={60} data-testid="exchange-item-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('exchange.kind')}>
          <Radio.Group disabled={Boolean(item)}>
            {(['coupon', 'product', 'gift_card'] as const).map((k) => (
              <Radio.Button key={k} value={k}>
                {t(`exchange.kind_${k}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {kind === 'coupon' && (
          <Form.Item
            name="couponTemplateId"
            label={t('exchange.couponTemplate')}
            rules={[{ required: true }]}
          >
            <Select
              disabled={Boolean(item)}
              options={(templates.data ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
            />
          </Form.Item>
        )}
        {kind === 'product' && (
          <Form.Item name="productId" label={t('exchange.product')} rules={[{ required: true }]}>
            <ProductSelect />
          </Form.Item>
        )}
        {kind === 'gift_card' && (
          <Form.Item
            name="giftCardValue"
            label={t('exchange.giftCardValue')}
            rules={[
              {
                validator: (_, text: string | undefined) => {
                  const fen = parseYuan(text ?? '');
                  return fen !== null && fen > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('giftcards.faceInvalid')));
                },
              },
            ]}
          >
            <Input prefix="¥" inputMode="decimal" disabled={Boolean(item)} />
          </Form.Item>
        )}
        <Form.Item name="pointsCost" label={t('exchange.pointsCost')} rules={[{ required: true }]}>
          <InputNumber
            min={1}
            max={100_000_000}
            precision={0}
            style={{ width: 180 }}
            data-testid="exchange-item-points"
          />
        </Form.Item>
        <Form.Item name="stock" label={t('exchange.stock')} extra={t('exchange.stockHelp')}>
          <InputNumber min={0} max={100_000_000} precision={0} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="sort" label={t('exchange.sort')}>
          <InputNumber min={0} max={100_000} precision={0} style={{ width: 180 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
