import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditQuery, Me, User } from '../../../api/client.ts';

export interface FilterValues {
  action?: string;
  entity?: string;
  actorUserId?: string;
  storeId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Form values → API query: blank fields dropped, the date range as whole local days. */
export function toQuery(values: FilterValues): AuditQuery {
  const query: AuditQuery = {};
  if (values.action?.trim()) query.action = values.action.trim();
  if (values.entity?.trim()) query.entity = values.entity.trim();
  if (values.actorUserId) query.actorUserId = values.actorUserId;
  if (values.storeId) query.storeId = values.storeId;
  const [from, to] = values.range ?? [];
  if (from) query.from = from.startOf('day').toISOString();
  if (to) query.to = to.endOf('day').toISOString();
  return query;
}

interface Props {
  users: readonly User[];
  stores: Me['stores'];
  onSearch: (values: FilterValues) => void;
}

export function AuditFilters({ users, stores, onSearch }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();
  return (
    <Form<FilterValues>
      form={form}
      layout="inline"
      onFinish={onSearch}
      style={{ rowGap: 12, marginBottom: 16 }}
      data-testid="audit-filters"
    >
      <Form.Item name="action">
        <Input allowClear placeholder={t('audit.action')} style={{ width: 130 }} />
      </Form.Item>
      <Form.Item name="entity">
        <Input allowClear placeholder={t('audit.entity')} style={{ width: 110 }} />
      </Form.Item>
      {users.length > 0 && (
        <Form.Item name="actorUserId">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.actor')}
            style={{ width: 130 }}
            options={users.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      )}
      <Form.Item name="storeId">
        <Select
          allowClear
          placeholder={t('audit.store')}
          style={{ width: 130 }}
          options={stores.map((s) => ({ value: s.id, label: s.name }))}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('audit.startDate'), t('audit.endDate')]}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
