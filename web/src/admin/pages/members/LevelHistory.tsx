import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Level, unwrap } from '../../../api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { LoadError } from '../../components/LoadError.tsx';

interface Props {
  memberId: string;
  levels: Level[] | undefined;
  /** Bumped by the page after money moved: a recharge can raise the level. */
  version: number;
}

/** Every level change, newest first: upgrades as they happen, downgrades from the yearly review. */
export function LevelHistory({ memberId, levels, version }: Props) {
  const { t } = useTranslation();
  const history = useLoad(
    () => unwrap(api.GET('/api/v1/members/{id}/level-history', { params: { path: { id: memberId } } })),
    [memberId, version],
  );
  const name = (id: string | null) =>
    id ? (levels?.find((l) => l.id === id)?.name ?? id.slice(0, 8)) : t('member360.noLevel');

  return (
    <div data-testid="level-history">
      <Typography.Title level={5}>{t('member360.levelHistory')}</Typography.Title>
      <LoadError error={history.error} onRetry={() => void history.reload()} />
      {history.data && history.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('member360.noLevelHistory')} />
      ) : (
        <Timeline
          items={(history.data ?? []).map((c) => ({
            key: c.id,
            content: (
              <>
                <Typography.Text>
                  {t('member360.levelChange', { from: name(c.fromLevelId), to: name(c.toLevelId) })}
                </Typography.Text>{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`member360.levelReason_${c.reason}`)} · {formatDateTime(c.at)}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </div>
  );
}
