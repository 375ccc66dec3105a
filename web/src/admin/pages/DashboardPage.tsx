import { ShopOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Empty, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.tsx';

/** A welcome card for now; the business overview (sales, members, stored value) comes later. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { me, storeId } = useSession();
  if (!me) return null;
  const store = me.stores.find((s) => s.id === storeId);
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('dashboard.welcome', { name: me.user.displayName })}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('dashboard.intro')}</Typography.Paragraph>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label={t('dashboard.tenant')}>{me.tenant.name}</Descriptions.Item>
            <Descriptions.Item label={t('dashboard.tenantCode')}>{me.tenant.code}</Descriptions.Item>
            <Descriptions.Item label={t('dashboard.currentStore')}>
              {store ? `${store.code} · ${store.name}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('dashboard.roles')}>
              {me.user.roles.map((r) => (
                <Tag key={r.id}>{r.name}</Tag>
              ))}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card>
          <Statistic title={t('dashboard.storeCount')} value={me.stores.length} prefix={<ShopOutlined />} />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card>
          <Statistic title={t('dashboard.permissionCount')} value={me.permissions.length} />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.comingSoon')} />
        </Card>
      </Col>
    </Row>
  );
}
