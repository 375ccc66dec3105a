import dayjs from 'dayjs';

/** API timestamps are ISO-8601 UTC; staff read them in the browser's local time. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '';
}

/** The local calendar day of an ISO timestamp, for expiry dates: "2026-12-31". */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '';
}
