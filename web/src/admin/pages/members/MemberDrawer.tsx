import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Drawer, Form, Input, Radio, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type CreateMemberBody, type Member, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { useSession } from '../../auth/session.tsx';
import { MemberPicker } from './MemberPicker.tsx';

type CustomValue = Member['customFields'][string];

interface Values {
  name: string;
  phone: string;
  cardNo: string;
  gender: Member['gender'];
  birthday: Dayjs | null;
  birthdayCalendar: Member['birthdayCalendar'];
  email: string;
  homeStoreId: string | null;
  referrerId: string | null;
  tags: string[];
  notes: string;
  smsConsent: boolean;
  emailConsent: boolean;
  customFields: { key: string; value: string }[];
}

interface Props {
  /** undefined: closed; null: create; a member: edit. */
  member: Member | null | undefined;
  onClose: () => void;
  onSaved: (member: Member) => void;
}

function initialValuesOf(member: Member | null, storeId: string | null): Values {
  return {
    name: member?.name ?? '',
    phone: member?.phone ?? '',
    cardNo: member?.cardNo ?? '',
    gender: member?.gender ?? 'unknown',
    birthday: member?.birthday ? dayjs(member.birthday) : null,
    birthdayCalendar: member?.birthdayCalendar ?? 'solar',
    email: member?.email ?? '',
    // New members belong to the store that signed them up unless someone says otherwise.
    homeStoreId: member ? member.homeStoreId : storeId,
    referrerId: member?.referrerId ?? null,
    tags: member?.tags ?? [],
    notes: member?.notes ?? '',
    smsConsent: member?.smsConsent ?? false,
    emailConsent: member?.emailConsent ?? false,
    customFields: Object.entries(member?.customFields ?? {}).map(([key, value]) => ({
      key,
      value: String(value),
    })),
  };
}

/** Fields are edited as text; a value left as it was keeps its original type (number, boolean). */
function customFieldsOf(rows: Values['customFields'], before: Member['customFields']) {
  const out: Record<string, CustomValue> = {};
  for (const { key, value } of rows) {
    const k = key.trim();
    if (!k) continue;
    const old = before[k];
    out[k] = old !== undefined && String(old) === value ? old : value;
  }
  return out;
}

export function MemberDrawer({ member, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me, storeId } = useSession();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const open = member !== undefined;
  const initial = initialValuesOf(member ?? null, storeId);
  // Create is idempotent per opening, so a double click or a retry never makes two members.
  const idempotencyKey = useRef('');
  useEffect(() => {
    if (open) idempotencyKey.current = newIdempotencyKey();
  }, [open]);

  const submit = async () => {
    const v = await form.validateFields();
    const body: CreateMemberBody = {
      name: v.name.trim(),
      phone: v.phone.trim(),
      cardNo: v.cardNo.trim() || null,
      gender: v.gender,
      birthday: v.birthday ? v.birthday.format('YYYY-MM-DD') : null,
      birthdayCalendar: v.birthdayCalendar,
      email: v.email.trim() || null,
      homeStoreId: v.homeStoreId ?? null,
      referrerId: v.referrerId ?? null,
      tags: v.tags.map((tag) => tag.trim()).filter(Boolean),
      notes: v.notes,
      smsConsent: v.smsConsent,
      emailConsent: v.emailConsent,
      customFields: customFieldsOf(v.customFields ?? [], member?.customFields ?? {}),
    };
    setSaving(true);
    try {
      if (member) {
        // A masked phone (138****5678) can only be sent back if someone typed a new one.
        const { phone, ...rest } = body;
        const patch = phone === initial.phone ? rest : body;
        const saved = await unwrap(
          api.PATCH('/api/v1/members/{id}', { params: { path: { id: member.id } }, body: patch }),
        );
        void message.success(t('common.saved'));
        onSaved(saved);
      } else {
        const saved = await unwrap(
          api.POST('/api/v1/members', { headers: { 'Idempotency-Key': idempotencyKey.current }, body }),
        );
        void message.success(t('members.created'));
        onSaved(saved);
      }
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });

  return (
    <Drawer
      title={member ? t('members.edit') : t('members.new')}
      open={open}
      onClose={onClose}
      size={520}
      destroyOnHidden
      data-testid="member-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()} data-testid="member-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" autoComplete="off" initialValues={initial} preserve={false}>
        <Form.Item name="name" label={t('members.name')} rules={[required(t('members.name'))]}>
          <Input maxLength={50} data-testid="member-name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('members.phone')}
          extra={member?.phoneMasked ? t('members.phoneMaskedHelp') : undefined}
          rules={[required(t('members.phone'))]}
        >
          <Input maxLength={20} inputMode="tel" data-testid="member-phone" />
        </Form.Item>
        <Form.Item name="cardNo" label={t('members.cardNo')} extra={t('members.cardNoHelp')}>
          <Input maxLength={40} data-testid="member-card-no" />
        </Form.Item>
        <Form.Item name="gender" label={t('members.gender')}>
          <Radio.Group optionType="button">
            {(['male', 'female', 'unknown'] as const).map((g) => (
              <Radio key={g} value={g}>
                {t(`members.gender_${g}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Space align="start" wrap>
          <Form.Item name="birthday" label={t('members.birthday')}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs())} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="birthdayCalendar" label={t('members.birthdayCalendar')}>
            <Radio.Group optionType="button">
              <Radio value="solar">{t('members.calendar_solar')}</Radio>
              <Radio value="lunar">{t('members.calendar_lunar')}</Radio>
            </Radio.Group>
          </Form.Item>
        </Space>
        <Form.Item
          name="email"
          label={t('members.email')}
          rules={[{ type: 'email', message: t('members.invalidEmail') }]}
        >
          <Input maxLength={200} inputMode="email" />
        </Form.Item>
        <Form.Item name="homeStoreId" label={t('members.homeStore')}>
          <Select
            allowClear
            options={(me?.stores ?? []).map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))}
          />
        </Form.Item>
        <Form.Item name="referrerId" label={t('members.referrer')}>
          <MemberPicker excludeId={member?.id} />
        </Form.Item>
        <Form.Item name="tags" label={t('members.tags')} extra={t('members.tagsHelp')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} />
        </Form.Item>
        <Space size={24}>
          <Form.Item name="smsConsent" label={t('members.smsConsent')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="emailConsent" label={t('members.emailConsent')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item label={t('members.customFields')}>
          <Form.List name="customFields">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'key']} style={{ marginBottom: 8 }}>
                      <Input placeholder={t('members.customFieldKey')} maxLength={40} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'value']} style={{ marginBottom: 8 }}>
                      <Input placeholder={t('members.customFieldValue')} maxLength={500} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={t('common.delete')} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ key: '', value: '' })}>
                  {t('members.addCustomField')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="notes" label={t('members.notes')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
