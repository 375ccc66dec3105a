import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageCard } from '../../components/PageCard.tsx';
import { AbcdTab } from './AbcdTab.tsx';
import { AffinityTab } from './AffinityTab.tsx';
import { LifecycleTab } from './LifecycleTab.tsx';
import { RfmTab } from './RfmTab.tsx';

/** 会员分析: RFM classes, lifecycle stages, ABCD classes and product affinity, each with Excel and print. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState('rfm');
  const items = [
    { key: 'rfm', label: t('analytics.tabRfm'), children: <RfmTab /> },
    { key: 'lifecycle', label: t('analytics.tabLifecycle'), children: <LifecycleTab /> },
    { key: 'abcd', label: t('analytics.tabAbcd'), children: <AbcdTab /> },
    { key: 'affinity', label: t('analytics.tabAffinity'), children: <AffinityTab /> },
  ];
  return (
    <div data-testid="analytics-page">
      <PageCard title={t('analytics.title')}>
        <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden />
      </PageCard>
    </div>
  );
}
