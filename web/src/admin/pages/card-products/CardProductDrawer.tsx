import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type CardProduct, type CreateCardProductBody, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { parseYuan } from '../../../lib/money.ts';

interface ItemValues {
  itemName: string;
  itemCode?: string;
  sessions?: number | null;
}

interface Values {
  name: string;
  kind: CardProduct['kind'];
  price: string;
  validity: CardProduct['validity'];
  validDays: number | null;
  validUntil: Dayjs | null;
  items: ItemValues[];
}

interface Props {
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

const MAX_FEN = 100_000_000;
const CODE_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

/** Creates a card product. There is no edit: cards already sold keep the terms they were sold with. */
export function CardProductDrawer({ open, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form) ?? 'counted';
  const validity = Form.useWatch('validity', form) ?? 'days';
  // Reopened before the close animation ends, the old form is still mounted: start it afresh.
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const initialValues: Values = {
    name: '',
    kind: 'counted',
    price: '',
    validity: 'days',
    validDays: 365,
    validUntil: null,
    items: [{ itemName: '', itemCode: '', sessions: 10 }],
  };

  const submit = async () => {
    const v = await form.validateFields();
    const body: CreateCardProductBody = {
      name: v.name.trim(),
      kind: v.kind,
      priceCents: parseYuan(v.price) ?? 0,
      validity: v.validity,
      ...(v.validity === 'days'
        ? { validDays: v.validDays ?? 1 }
        : // The card is good through the whole of its last day, in the browser's (the shop's) zone.
          { validUntil: (v.validUntil as Dayjs).endOf('day').toISOString() }),
      // Item codes are how checkout names an item; staff rarely care, so blanks get item1, item2…
      items: v.items.map((item, i) => ({
        itemCode: item.itemCode?.trim() || `item${i + 1}`,
        itemName: item.itemName.trim(),
        sessions: v.kind === 'counted' ? (item.sessions ?? 1) : null,
      })),
    };
    setSaving(true);
    try {
      await unwrap(api.POST('/api/v1/card-products', { body }));
      void message.success(t('common.created'));
      onSaved();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  const uniqueCodes = async (_: unknown, items: ItemValues[] | undefined) => {
    const codes = (items ?? []).map((item, i) => item?.itemCode?.trim() || `item${i + 1}`);
    if (new Set(codes).size !== codes.length) throw new Error(t('cardProducts.duplicateCode'));
  };

  return (
    <Drawer
      title={t('cardProducts.new')}
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      data-testid="card-product-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            onClick={() => void submit()}
            data-testid="card-product-save"
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" autoComplete="off" initialValues={initialValues} preserve={false}>
        <Form.Item
          name="name"
          label={t('cardProducts.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('cardProducts.name') }),
            },
          ]}
        >
          <Input
            maxLength={60}
            placeholder={t('cardProducts.namePlaceholder')}
            data-testid="card-product-name"
          />
        </Form.Item>
        <Form.Item name="kind" label={t('cardProducts.kind')} extra={t(`cardProducts.kindHelp_${kind}`)}>
          <Radio.Group optionType="button" buttonStyle="solid">
            <Radio.Button value="counted">
              <span data-testid="card-product-kind-counted">{t('cardProducts.kind_counted')}</span>
            </Radio.Button>
            <Radio.Button value="time">
              <span data-testid="card-product-kind-time">{t('cardProducts.kind_time')}</span>
            </Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="price"
          label={t('cardProducts.price')}
          rules={[
            {
              validator: async (_: unknown, text: string) => {
                const fen = parseYuan(text ?? '');
                if (fen === null || fen < 0 || fen > MAX_FEN)
                  throw new Error(t('cardProducts.invalidAmount'));
              },
            },
          ]}
        >
          <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 200 }} data-testid="card-product-price" />
        </Form.Item>
        <Form.Item name="validity" label={t('cardProducts.validity')}>
          <Radio.Group>
            <Radio value="days">{t('cardProducts.validity_days')}</Radio>
            <Radio value="fixed">{t('cardProducts.validity_fixed')}</Radio>
          </Radio.Group>
        </Form.Item>
        {validity === 'days' ? (
          <Form.Item
            name="validDays"
            label={t('cardProducts.validDays')}
            rules={[
              { required: true, message: t('common.required', { field: t('cardProducts.validDays') }) },
            ]}
          >
            <InputNumber
              min={1}
              max={3650}
              precision={0}
              suffix={t('cardProducts.daysUnit')}
              style={{ width: 160 }}
              data-testid="card-product-valid-days"
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="validUntil"
            label={t('cardProducts.validUntil')}
            rules={[
              { required: true, message: t('common.required', { field: t('cardProducts.validUntil') }) },
            ]}
          >
            <DatePicker
              disabledDate={(d) => d.isBefore(new Date(), 'day')}
              data-testid="card-product-valid-until"
            />
          </Form.Item>
        )}
        <Typography.Text strong>{t('cardProducts.items')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 8px' }}>
          {t('cardProducts.itemsHelp')}
        </Typography.Paragraph>
        <Form.List
          name="items"
          rules={[
            {
              validator: async (_, items: ItemValues[] | undefined) => {
                if (!items || items.length === 0) throw new Error(t('cardProducts.itemsRequired'));
              },
            },
            { validator: uniqueCodes },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item
                    name={[field.name, 'itemName']}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('common.required', { field: t('cardProducts.itemName') }),
                      },
                    ]}
                  >
                    <Input
                      maxLength={60}
                      placeholder={t('cardProducts.itemName')}
                      style={{ width: 170 }}
                      data-testid={`card-product-item-name-${index}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'itemCode']}
                    rules={[
                      {
                        validator: async (_: unknown, code: string | undefined) => {
                          if (code?.trim() && !CODE_PATTERN.test(code.trim()))
                            throw new Error(t('cardProducts.invalidCode'));
                        },
                      },
                    ]}
                  >
                    <Input
                      maxLength={40}
                      placeholder={t('cardProducts.itemCodePlaceholder', { code: `item${index + 1}` })}
                      style={{ width: 150 }}
                      data-testid={`card-product-item-code-${index}`}
                    />
                  </Form.Item>
                  {kind === 'counted' && (
                    <Form.Item
                      name={[field.name, 'sessions']}
                      rules={[
                        {
                          required: true,
                          message: t('common.required', { field: t('cardProducts.sessions') }),
                        },
                      ]}
                    >
                      <InputNumber
                        min={1}
                        max={10_000}
                        precision={0}
                        suffix={t('cardProducts.sessionsUnit')}
                        style={{ width: 110 }}
                        data-testid={`card-product-item-sessions-${index}`}
                      />
                    </Form.Item>
                  )}
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                    aria-label={t('common.delete')}
                  />
                </Space>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= 30}
                onClick={() => add({ itemName: '', itemCode: '', sessions: 10 })}
                data-testid="card-product-add-item"
              >
                {t('cardProducts.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
