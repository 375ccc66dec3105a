import { BRAND_COLOR } from './theme.ts';

/** The logo: an M on the brand colour (same drawing as /favicon.svg). */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true">
      <rect width="64" height="64" rx="14" fill={BRAND_COLOR} />
      <path d="M16 44V20h6l10 14 10-14h6v24h-6V30l-10 13-10-13v14z" fill="#fff" />
    </svg>
  );
}
