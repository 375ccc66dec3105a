import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProductPicker } from './ProductPicker.tsx';

/**
 * The product lines of a document form (`lines`: productId + qty, and a unit cost in yuan when
 * `withCost`), inside an antd Form.
 */
export function LinesEditor({ withCost }: { withCost?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="lines" initialValue={[{}]}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item
                name={[field.name, 'productId']}
                rules={[{ required: true, message: t('inventory.pickProduct') }]}
              >
                <ProductPicker style={{ width: 260 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'qty']} rules={[{ required: true, message: t('inventory.qty') }]}>
                <InputNumber min={1} precision={0} placeholder={t('inventory.qty')} data-testid="line-qty" />
              </Form.Item>
              {withCost && (
                <Form.Item
                  name={[field.name, 'unitCost']}
                  rules={[
                    { required: true, pattern: /^\d+(\.\d{1,2})?$/, message: t('inventory.unitCostRule') },
                  ]}
                >
                  <Input
                    prefix="¥"
                    placeholder={t('inventory.unitCost')}
                    style={{ width: 120 }}
                    data-testid="line-cost"
                  />
                </Form.Item>
              )}
              <Button
                type="text"
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
                disabled={fields.length === 1}
                aria-label={t('common.delete')}
              />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            {t('inventory.addLine')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
