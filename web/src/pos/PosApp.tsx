import { Button, Layout, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AntdProviders } from '../shared/AntdProviders.tsx';
import { BrandMark } from '../shared/BrandMark.tsx';
import { LangSwitch } from '../shared/LangSwitch.tsx';

/** The cashier front-end: a placeholder until the checkout issues land. */
function ComingSoon() {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, paddingInline: 16 }}>
        <BrandMark />
        <Typography.Text strong style={{ fontSize: 17, flex: 1 }}>
          {t('app.name')} · {t('pos.title')}
        </Typography.Text>
        <LangSwitch />
      </Layout.Header>
      <Layout.Content style={{ display: 'grid', placeItems: 'center', padding: 16 }}>
        <Result
          status="info"
          icon={<BrandMark size={72} />}
          title={t('pos.comingSoon')}
          subTitle={t('pos.description')}
          extra={
            <Button type="primary" href="/admin/">
              {t('pos.goAdmin')}
            </Button>
          }
        />
      </Layout.Content>
    </Layout>
  );
}

export function PosApp() {
  return (
    <AntdProviders>
      <BrowserRouter basename="/pos">
        <Routes>
          <Route path="*" element={<ComingSoon />} />
        </Routes>
      </BrowserRouter>
    </AntdProviders>
  );
}
