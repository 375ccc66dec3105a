import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '../../../api/client.ts';

const STATUS_COLOR: Record<MemberStatus, string> = { active: 'green', frozen: 'orange', erased: 'default' };

export function MemberStatusTag({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="member-status">
      {t(`members.status_${status}`)}
    </Tag>
  );
}

export function MemberTags({ tags }: { tags: readonly string[] }) {
  return tags.map((tag) => (
    <Tag key={tag} color="blue">
      {tag}
    </Tag>
  ));
}
