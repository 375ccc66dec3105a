import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { ComplaintsTab } from './ComplaintsTab.tsx';
import { FollowUpsTab } from './FollowUpsTab.tsx';
import { RatingsTab } from './RatingsTab.tsx';

/** 评价与回访: everyone's own follow-up calls; complaints and ratings for those who read feedback. */
export function FeedbackPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const reader = can('feedback.read');
  const [tab, setTab] = useState(reader ? 'complaints' : 'follow-ups');
  const items = [
    ...(reader
      ? [
          { key: 'complaints', label: t('feedback.tabComplaints'), children: <ComplaintsTab /> },
          { key: 'ratings', label: t('feedback.tabRatings'), children: <RatingsTab /> },
        ]
      : []),
    { key: 'follow-ups', label: t('feedback.tabFollowUps'), children: <FollowUpsTab /> },
    ...(reader
      ? []
      : [{ key: 'mine', label: t('feedback.tabMyComplaints'), children: <ComplaintsTab mineOnly /> }]),
  ];
  return (
    <div data-testid="feedback-page">
      <PageCard title={t('feedback.title')}>
        <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden />
      </PageCard>
    </div>
  );
}
