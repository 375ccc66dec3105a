import { CrownOutlined } from '@ant-design/icons';
import { Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Level, LevelBasis, Member } from '../../../api/client.ts';
import { basisTotal, levelProgress } from '../../../lib/levels.ts';
import { formatBasisAmount } from '../levels/format.ts';

interface Props {
  member: Member;
  levels: Level[] | undefined;
  basis: LevelBasis | undefined;
}

/** The member's level as a tag, for the title line. */
export function LevelTag({ member, levels }: Pick<Props, 'member' | 'levels'>) {
  const level = levels?.find((l) => l.id === member.levelId);
  if (!level) return null;
  return (
    <Tag color="gold" icon={<CrownOutlined />} data-testid="member-level">
      {level.name}
    </Tag>
  );
}

/** How far the member is from the next level, in the tenant's basis (spend, recharge or points). */
export function LevelProgress({ member, levels, basis }: Props) {
  const { t } = useTranslation();
  if (!levels || !basis) return <span>—</span>;
  if (levels.length === 0)
    return <Typography.Text type="secondary">{t('member360.noLevels')}</Typography.Text>;
  const p = levelProgress(levels, member.levelId, basisTotal(member, basis));
  return (
    <Space size={8} wrap data-testid="level-progress-box">
      <Typography.Text>{p.current?.name ?? t('member360.noLevel')}</Typography.Text>
      <Progress
        percent={p.percent}
        size="small"
        showInfo={false}
        status={p.next ? 'active' : 'success'}
        style={{ width: 120, margin: 0 }}
        data-testid="level-progress"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {p.next
          ? t(`member360.levelToNext_${basis}`, {
              amount: formatBasisAmount(t, basis, p.remaining),
              name: p.next.name,
            })
          : t('member360.levelTop')}
      </Typography.Text>
    </Space>
  );
}
