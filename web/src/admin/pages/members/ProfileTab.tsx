import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Level, type Member, unwrap } from '../../../api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { LevelHistory } from './LevelHistory.tsx';

function Consent({ value }: { value: boolean }) {
  const { t } = useTranslation();
  return value ? <Tag color="green">{t('members.consentYes')}</Tag> : <Tag>{t('members.consentNo')}</Tag>;
}

interface Props {
  member: Member;
  levels: Level[] | undefined;
  version: number;
}

export function ProfileTab({ member, levels, version }: Props) {
  const { t } = useTranslation();
  const referrerId = member.referrerId;
  // The referrer may be outside this user's store scope; then the id is all we can show.
  const referrer = useLoad(
    () =>
      referrerId
        ? unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id: referrerId } } }))
        : Promise.resolve(null),
    [referrerId],
  );
  const customFields = Object.entries(member.customFields);

  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="member-profile">
        <Descriptions.Item label={t('members.gender')}>
          {t(`members.gender_${member.gender}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('members.birthday')}>
          {member.birthday
            ? t('members.birthdayWithCalendar', {
                date: member.birthday,
                calendar: t(`members.calendar_${member.birthdayCalendar}`),
              })
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('members.email')}>{member.email ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('members.referrer')}>
          {referrerId ? (
            <Link to={`/members/${referrerId}`}>{referrer.data?.name ?? referrerId.slice(0, 8)}</Link>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('members.smsConsent')}>
          <Consent value={member.smsConsent} />
        </Descriptions.Item>
        <Descriptions.Item label={t('members.emailConsent')}>
          <Consent value={member.emailConsent} />
        </Descriptions.Item>
        <Descriptions.Item label={t('members.rechargeTotal')}>
          {formatYuan(member.rechargeTotalCents)}
        </Descriptions.Item>
        <Descriptions.Item label={t('members.cumulativeSpend')}>
          {formatYuan(member.cumulativeSpendCents)}
        </Descriptions.Item>
        <Descriptions.Item label={t('members.pointsEarnedTotal')} span={2}>
          {member.pointsEarnedTotal}
        </Descriptions.Item>
        <Descriptions.Item label={t('members.customFields')} span={2}>
          {customFields.length === 0
            ? '—'
            : customFields.map(([key, value]) => (
                <Tag key={key}>
                  {key}: {String(value)}
                </Tag>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('members.notes')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {member.notes || '—'}
          </Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t('members.updatedAt')} span={2}>
          {formatDateTime(member.updatedAt)}
        </Descriptions.Item>
      </Descriptions>
      <div style={{ marginTop: 16 }}>
        <LevelHistory memberId={member.id} levels={levels} version={version} />
      </div>
    </>
  );
}
