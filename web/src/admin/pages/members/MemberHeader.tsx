import {
  ArrowLeftOutlined,
  CheckCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  LockOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Level, type LevelBasis, type Member, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useSession } from '../../auth/session.tsx';
import { EraseMemberModal } from './EraseMemberModal.tsx';
import { LevelProgress, LevelTag } from './LevelProgress.tsx';
import { MemberStatusTag, MemberTags } from './MemberTags.tsx';

interface Props {
  member: Member;
  levels: Level[] | undefined;
  basis: LevelBasis | undefined;
  onEdit: () => void;
  onChanged: () => void;
}

export function MemberHeader({ member, levels, basis, onEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me, can } = useSession();
  const [erasing, setErasing] = useState(false);
  const canManage = can('members.manage');
  const erased = member.status === 'erased';
  const homeStore = me?.stores.find((s) => s.id === member.homeStoreId);

  const setFrozen = async (frozen: boolean) => {
    try {
      const path = frozen ? '/api/v1/members/{id}/freeze' : '/api/v1/members/{id}/unfreeze';
      await unwrap(api.POST(path, { params: { path: { id: member.id } } }));
      void message.success(t(frozen ? 'members.frozen' : 'members.unfrozen'));
      onChanged();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const actions = !erased && (
    <Space wrap>
      {canManage && (
        <Button icon={<EditOutlined />} onClick={onEdit} data-testid="member-edit">
          {t('common.edit')}
        </Button>
      )}
      {canManage &&
        (member.status === 'active' ? (
          <Popconfirm
            title={t('members.freezeConfirm', { name: member.name })}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => setFrozen(true)}
          >
            <Button icon={<LockOutlined />} data-testid="member-freeze">
              {t('members.freeze')}
            </Button>
          </Popconfirm>
        ) : (
          <Button
            icon={<CheckCircleOutlined />}
            onClick={() => void setFrozen(false)}
            data-testid="member-unfreeze"
          >
            {t('members.unfreeze')}
          </Button>
        ))}
      {can('members.erase') && (
        <Button danger icon={<DeleteOutlined />} onClick={() => setErasing(true)} data-testid="member-erase">
          {t('members.erase')}
        </Button>
      )}
    </Space>
  );

  return (
    <Card>
      <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space align="center" size={12} wrap>
          <Link to="/members" aria-label={t('members.backToList')}>
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="member-name-title">
            {member.name}
          </Typography.Title>
          <LevelTag member={member} levels={levels} />
          <MemberStatusTag status={member.status} />
          <MemberTags tags={member.tags} />
        </Space>
        {actions}
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('members.phone')}>
          <span data-testid="member-phone-text">{member.phone ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('members.cardNo')}>{member.cardNo ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('members.homeStore')}>
          {homeStore ? homeStore.name : member.homeStoreId ? member.homeStoreId.slice(0, 8) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('members.joinedAt')}>
          {formatDateTime(member.createdAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('members.level')} span={{ xs: 1, sm: 2, lg: 4 }}>
          <LevelProgress member={member} levels={levels} basis={basis} />
        </Descriptions.Item>
      </Descriptions>
      <EraseMemberModal
        member={member}
        open={erasing}
        onClose={() => setErasing(false)}
        onErased={() => {
          setErasing(false);
          onChanged();
        }}
      />
    </Card>
  );
}
