import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { RulesTab } from './RulesTab.tsx';
import { type Range, StatementTab, thisMonth } from './StatementTab.tsx';
import { SummaryTab } from './SummaryTab.tsx';

/** 员工提成: everyone their own statement; managers store totals and anyone's statement; rules. */
export function CommissionPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const canRead = can('commission.read');
  const [tab, setTab] = useState('statement');
  const [staffUserId, setStaffUserId] = useState<string | undefined>();
  const [range, setRange] = useState<Range>(thisMonth);
  const items = [
    {
      key: 'statement',
      label: t('commission.tabStatement'),
      children: (
        <StatementTab
          staffUserId={staffUserId}
          onStaffChange={setStaffUserId}
          range={range}
          onRangeChange={setRange}
        />
      ),
    },
    ...(canRead
      ? [
          {
            key: 'summary',
            label: t('commission.tabSummary'),
            children: (
              <SummaryTab
                range={range}
                onRangeChange={setRange}
                onOpen={(id) => {
                  setStaffUserId(id);
                  setTab('statement');
                }}
              />
            ),
          },
          { key: 'rules', label: t('commission.tabRules'), children: <RulesTab /> },
        ]
      : []),
  ];
  return (
    <div data-testid="commission-page">
      <PageCard title={t('commission.title')}>
        <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden />
      </PageCard>
    </div>
  );
}
