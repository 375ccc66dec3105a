import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { useSession } from '../../auth/session.tsx';
import { MemberPicker } from '../members/MemberPicker.tsx';
import { CATEGORIES, type Category, type Complaint } from './labels.ts';
import { usePeople } from './use-people.ts';

interface Values {
  storeId?: string;
  orderId?: string;
  memberId?: string | null;
  category: Category;
  description: string;
  followUpOn?: Dayjs | null;
  assigneeUserId?: string;
}

/** 登记投诉: about a visit (order id), a member, or just a store. */
export function ComplaintModal({
  open,
  onClose,
  onSaved,
  memberId,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (c: Complaint) => void;
  memberId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me, storeId, can } = useSession();
  const [form] = Form.useForm<Values>();
  const people = usePeople();
  const save = async () => {
    const v = await form.validateFields();
    try {
      const c = await unwrap(
        api.POST('/api/v1/complaints', {
          body: {
            ...(v.orderId ? { orderId: v.orderId.trim() } : { storeId: v.storeId }),
            memberId: v.memberId ?? null,
            category: v.category,
            description: v.description,
            followUpOn: v.followUpOn ? v.followUpOn.format('YYYY-MM-DD') : null,
            ...(v.assigneeUserId && can('feedback.manage') ? { assigneeUserId: v.assigneeUserId } : {}),
          },
        }),
      );
      form.resetFields();
      onSaved(c);
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };
  return (
    <Modal
      open={open}
      title={t('feedback.newComplaint')}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ storeId: storeId ?? undefined, category: 'service', memberId: memberId ?? null }}
        data-testid="complaint-form"
      >
        <Form.Item name="orderId" label={t('feedback.orderId')} extra={t('feedback.orderIdHelp')}>
          <Input allowClear maxLength={36} />
        </Form.Item>
        <Form.Item name="storeId" label={t('feedback.store')}>
          <Select options={(me?.stores ?? []).map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        {!memberId && (
          <Form.Item name="memberId" label={t('feedback.member')}>
            <MemberPicker />
          </Form.Item>
        )}
        <Form.Item name="category" label={t('feedback.category')} rules={[{ required: true }]}>
          <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`feedback.category_${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('feedback.description')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="complaint-description" />
        </Form.Item>
        <Form.Item name="followUpOn" label={t('feedback.followUpOn')}>
          <DatePicker />
        </Form.Item>
        {can('feedback.manage') && (
          <Form.Item name="assigneeUserId" label={t('feedback.assignee')}>
            <Select allowClear showSearch optionFilterProp="label" options={people} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
