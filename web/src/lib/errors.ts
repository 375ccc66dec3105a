import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';

/** The translated text for an error: `errors.<CODE>` when we have one, else the server's message. */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const details = (error.details ?? {}) as Record<string, unknown>;
  const vars: Record<string, unknown> = { ...details, defaultValue: error.message };
  if (error.code === 'LOGIN_LOCKED') {
    const seconds = Number(details.retryAfterSeconds ?? 0);
    vars.minutes = Math.max(1, Math.ceil(seconds / 60));
  }
  return t(`errors.${error.code}`, vars);
}
