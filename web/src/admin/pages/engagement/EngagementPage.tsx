import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageCard } from '../../components/PageCard.tsx';
import { AutomationsTab } from './AutomationsTab.tsx';
import { CampaignsTab } from './CampaignsTab.tsx';
import { MessagesTab } from './MessagesTab.tsx';
import { SegmentsTab } from './SegmentsTab.tsx';

/** 会员营销: segments, campaigns, automations and the message log. */
export function EngagementPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState('segments');
  const items = [
    { key: 'segments', label: t('engagement.tabSegments'), children: <SegmentsTab /> },
    { key: 'campaigns', label: t('engagement.tabCampaigns'), children: <CampaignsTab /> },
    { key: 'automations', label: t('engagement.tabAutomations'), children: <AutomationsTab /> },
    { key: 'messages', label: t('engagement.tabMessages'), children: <MessagesTab /> },
  ];
  return (
    <div data-testid="engagement-page">
      <PageCard title={t('engagement.title')}>
        <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden />
      </PageCard>
    </div>
  );
}
