import { Checkbox, Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { useLoad } from '../../../lib/use-load.ts';

export type SegmentRules = Schemas['SegmentRules'];

/** The form's shape: money in yuan, tri-state consent; `toRules` turns it into API rules. */
export interface RuleForm {
  levelIds?: string[];
  tagsAny?: string[];
  tagsAll?: string[];
  spendMinYuan?: number | null;
  spendMaxYuan?: number | null;
  visitsMin?: number | null;
  visitsMax?: number | null;
  visitWindowDays?: number | null;
  lastVisitWithinDays?: number | null;
  noVisitWithinDays?: number | null;
  birthdayMonths?: number[];
  homeStoreIds?: string[];
  smsConsent?: 'any' | 'yes' | 'no';
  emailConsent?: 'any' | 'yes' | 'no';
  rfmClasses?: NonNullable<SegmentRules['rfmClasses']>;
  lifecycleStages?: NonNullable<SegmentRules['lifecycleStages']>;
  abcdClasses?: NonNullable<SegmentRules['abcdClasses']>;
}

/** The analytics module's 8 RFM classes and 4 lifecycle stages, in report order. */
const RFM_CLASSES = [
  'important_value',
  'important_development',
  'important_retain',
  'important_win_back',
  'general_value',
  'general_development',
  'general_retain',
  'general_win_back',
] as const satisfies NonNullable<SegmentRules['rfmClasses']>;
const LIFECYCLE_STAGES = ['active', 'recent_churn', 'mid_churn', 'dormant'] as const satisfies NonNullable<
  SegmentRules['lifecycleStages']
>;
const ABCD_CLASSES = ['A', 'B', 'C', 'D'] as const satisfies NonNullable<SegmentRules['abcdClasses']>;

const num = (v: number | null | undefined) => (v === null || v === undefined ? undefined : v);
const list = <T,>(v: T[] | undefined) => (v?.length ? v : undefined);

export function toRules(f: RuleForm): SegmentRules {
  const rules: Record<string, unknown> = {
    levelIds: list(f.levelIds),
    tagsAny: list(f.tagsAny),
    tagsAll: list(f.tagsAll),
    spendMinCents: f.spendMinYuan == null ? undefined : Math.round(f.spendMinYuan * 100),
    spendMaxCents: f.spendMaxYuan == null ? undefined : Math.round(f.spendMaxYuan * 100),
    visitsMin: num(f.visitsMin),
    visitsMax: num(f.visitsMax),
    visitWindowDays: num(f.visitWindowDays),
    lastVisitWithinDays: num(f.lastVisitWithinDays),
    noVisitWithinDays: num(f.noVisitWithinDays),
    birthdayMonths: list(f.birthdayMonths),
    homeStoreIds: list(f.homeStoreIds),
    smsConsent: f.smsConsent === 'yes' ? true : f.smsConsent === 'no' ? false : undefined,
    emailConsent: f.emailConsent === 'yes' ? true : f.emailConsent === 'no' ? false : undefined,
    rfmClasses: list(f.rfmClasses),
    lifecycleStages: list(f.lifecycleStages),
    abcdClasses: list(f.abcdClasses),
  };
  for (const k of Object.keys(rules)) if (rules[k] === undefined) delete rules[k];
  return rules as SegmentRules;
}

export function fromRules(r: SegmentRules): RuleForm {
  const tri = (v: boolean | undefined) => (v === undefined ? 'any' : v ? 'yes' : 'no');
  return {
    ...r,
    spendMinYuan: r.spendMinCents === undefined ? null : r.spendMinCents / 100,
    spendMaxYuan: r.spendMaxCents === undefined ? null : r.spendMaxCents / 100,
    smsConsent: tri(r.smsConsent),
    emailConsent: tri(r.emailConsent),
  };
}

/** The rule fields; every filled field must hold (AND), a list inside one is any-of. */
export function RuleBuilder() {
  const { t } = useTranslation();
  const levels = useLoad(() => unwrap(api.GET('/api/v1/levels')), []);
  const stores = useLoad(() => unwrap(api.GET('/api/v1/stores')), []);
  const consent = [
    { value: 'any', label: t('engagement.rules.any') },
    { value: 'yes', label: t('engagement.rules.consentYes') },
    { value: 'no', label: t('engagement.rules.consentNo') },
  ];
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: i + 1,
    label: t('engagement.rules.month', { n: i + 1 }),
  }));
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item name="levelIds" label={t('engagement.rules.levels')}>
          <Select
            mode="multiple"
            allowClear
            options={(levels.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="homeStoreIds" label={t('engagement.rules.homeStores')}>
          <Select
            mode="multiple"
            allowClear
            options={(stores.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="tagsAny" label={t('engagement.rules.tagsAny')}>
          <Select mode="tags" allowClear open={false} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="tagsAll" label={t('engagement.rules.tagsAll')}>
          <Select mode="tags" allowClear open={false} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="spendMinYuan" label={t('engagement.rules.spendMin')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="spendMaxYuan" label={t('engagement.rules.spendMax')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={8} md={4}>
        <Form.Item name="visitsMin" label={t('engagement.rules.visitsMin')}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={8} md={4}>
        <Form.Item name="visitsMax" label={t('engagement.rules.visitsMax')}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={8} md={4}>
        <Form.Item name="visitWindowDays" label={t('engagement.rules.visitWindowDays')}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="lastVisitWithinDays" label={t('engagement.rules.lastVisitWithinDays')}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="noVisitWithinDays" label={t('engagement.rules.noVisitWithinDays')}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="birthdayMonths" label={t('engagement.rules.birthdayMonths')}>
          <Checkbox.Group options={months} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="rfmClasses" label={t('engagement.rules.rfmClasses')}>
          <Select
            mode="multiple"
            allowClear
            options={RFM_CLASSES.map((c) => ({ value: c, label: t(`engagement.rules.rfm_${c}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="lifecycleStages" label={t('engagement.rules.lifecycleStages')}>
          <Select
            mode="multiple"
            allowClear
            options={LIFECYCLE_STAGES.map((s) => ({ value: s, label: t(`engagement.rules.stage_${s}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="abcdClasses" label={t('analytics.segmentAbcd')}>
          <Select
            mode="multiple"
            allowClear
            options={ABCD_CLASSES.map((c) => ({ value: c, label: t(`analytics.abcd_${c}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="smsConsent" label={t('engagement.rules.smsConsent')} initialValue="any">
          <Select options={consent} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="emailConsent" label={t('engagement.rules.emailConsent')} initialValue="any">
          <Select options={consent} />
        </Form.Item>
      </Col>
    </Row>
  );
}
