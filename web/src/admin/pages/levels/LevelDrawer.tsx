import { App, Button, Drawer, Form, Input, InputNumber, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type CreateLevelBody, type Level, type LevelBasis, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { basisIsMoney } from '../../../lib/levels.ts';
import { fenToYuanText, parseYuan } from '../../../lib/money.ts';

interface Values {
  rank: number | null;
  name: string;
  /** Yuan text for a money basis; a whole number of points for the points basis. */
  threshold: string;
  discountPercent: number | null;
  pointsMultiplierPercent: number | null;
  benefits: string;
}

interface Props {
  /** undefined: closed; null: create; a level: edit. */
  level: Level | null | undefined;
  basis: LevelBasis;
  nextRank: number;
  onClose: () => void;
  onSaved: () => void;
}

// The server's typo guard: ¥10 billion, or 10^12 points.
const MAX_THRESHOLD = 1_000_000_000_000;
const POINTS_PATTERN = /^\d+$/;

export function LevelDrawer({ level, basis, nextRank, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const money = basisIsMoney(basis);
  // Reopened before the close animation ends, the old form is still mounted: start it afresh.
  useEffect(() => {
    if (level !== undefined) form.resetFields();
  }, [level, form]);

  const toThreshold = (text: string): number | null => {
    const trimmed = (text ?? '').trim();
    if (money) return parseYuan(trimmed);
    return POINTS_PATTERN.test(trimmed) ? Number(trimmed) : null;
  };

  const initialValues: Values = level
    ? {
        rank: level.rank,
        name: level.name,
        threshold: money ? fenToYuanText(level.threshold) : String(level.threshold),
        discountPercent: level.discountPercent,
        pointsMultiplierPercent: level.pointsMultiplierPercent,
        benefits: level.benefits,
      }
    : {
        rank: nextRank,
        name: '',
        threshold: '',
        discountPercent: 100,
        pointsMultiplierPercent: 100,
        benefits: '',
      };

  const submit = async () => {
    const v = await form.validateFields();
    const body: CreateLevelBody = {
      rank: v.rank ?? nextRank,
      name: v.name.trim(),
      threshold: toThreshold(v.threshold) ?? 0,
      discountPercent: v.discountPercent ?? 100,
      pointsMultiplierPercent: v.pointsMultiplierPercent ?? 100,
      benefits: v.benefits.trim(),
    };
    setSaving(true);
    try {
      if (level) {
        await unwrap(api.PATCH('/api/v1/levels/{id}', { params: { path: { id: level.id } }, body }));
        void message.success(t('common.saved'));
      } else {
        await unwrap(api.POST('/api/v1/levels', { body }));
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
      title={level ? t('levels.edit') : t('levels.new')}
      open={level !== undefined}
      onClose={onClose}
      size={440}
      destroyOnHidden
      data-testid="levels-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()} data-testid="levels-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" autoComplete="off" initialValues={initialValues} preserve={false}>
        <Form.Item
          name="rank"
          label={t('levels.rank')}
          extra={t('levels.rankHelp')}
          rules={[{ required: true, message: t('common.required', { field: t('levels.rank') }) }]}
        >
          <InputNumber
            min={1}
            max={999}
            precision={0}
            style={{ width: 160 }}
            data-testid="level-rank-input"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('levels.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('levels.name') }) },
          ]}
        >
          <Input maxLength={30} placeholder={t('levels.namePlaceholder')} data-testid="level-name-input" />
        </Form.Item>
        <Form.Item
          name="threshold"
          label={t(`levels.threshold_${basis}`)}
          extra={t('levels.thresholdHelp', { basis: t(`levels.basis_${basis}`) })}
          rules={[
            {
              validator: async (_: unknown, text: string) => {
                const value = toThreshold(text);
                if (value === null || value < 0 || value > MAX_THRESHOLD)
                  throw new Error(t(money ? 'levels.invalidAmount' : 'levels.invalidPoints'));
              },
            },
          ]}
        >
          <Input
            prefix={money ? '¥' : undefined}
            suffix={money ? undefined : t('levels.pointsUnit')}
            inputMode={money ? 'decimal' : 'numeric'}
            style={{ maxWidth: 240 }}
            data-testid="level-threshold-input"
          />
        </Form.Item>
        <Form.Item name="discountPercent" label={t('levels.discount')} extra={t('levels.discountHelp')}>
          <InputNumber
            min={1}
            max={100}
            precision={0}
            suffix="%"
            style={{ width: 160 }}
            data-testid="level-discount-input"
          />
        </Form.Item>
        <Form.Item
          name="pointsMultiplierPercent"
          label={t('levels.pointsMultiplier')}
          extra={t('levels.pointsMultiplierHelp')}
        >
          <InputNumber
            min={100}
            max={1000}
            precision={0}
            suffix="%"
            style={{ width: 160 }}
            data-testid="level-multiplier-input"
          />
        </Form.Item>
        <Form.Item name="benefits" label={t('levels.benefits')}>
          <Input.TextArea
            maxLength={1000}
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t('levels.benefitsPlaceholder')}
            data-testid="level-benefits-input"
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
