import type { TFunction } from 'i18next';

interface ProductItem {
  itemName: string;
  sessions: number | null;
}

/** "洗车 ×10、打蜡 ×2"; a time card's items have no count: "健身 不限次". */
export function itemsSummary(t: TFunction, items: readonly ProductItem[]): string {
  return items
    .map((i) =>
      i.sessions === null
        ? t('cardProducts.itemUnlimited', { name: i.itemName })
        : t('cardProducts.itemSessions', { name: i.itemName, count: i.sessions }),
    )
    .join(t('cardProducts.itemSeparator'));
}
