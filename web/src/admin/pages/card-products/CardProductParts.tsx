import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CardProduct } from '../../../api/client.ts';

/** 计次卡 counts sessions; 时间卡 (月卡/年卡) is used freely until it expires. */
export function CardKindTag({ kind }: { kind: CardProduct['kind'] }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'counted' ? 'blue' : 'purple'}>{t(`cardProducts.kind_${kind}`)}</Tag>;
}
