import type { SmsConfig } from '../../config.ts';
import type { SendResult } from './channels.ts';

type HttpSms = Extract<SmsConfig, { provider: 'http' }>;

/** Escapes a value for where it lands: a JSON string, a form/URL field, or plain text. */
function escaper(contentType: string): (value: string) => string {
  if (contentType.includes('json')) return (v) => JSON.stringify(v).slice(1, -1);
  if (contentType.includes('x-www-form-urlencoded')) return encodeURIComponent;
  return (v) => v;
}

export function fillTemplate(
  template: string,
  values: Record<string, string>,
  escapeValue: (v: string) => string,
) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => escapeValue(values[key] ?? ''));
}

function pick(json: unknown, path: string): string | null {
  let value: unknown = json;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[part];
  }
  return value === undefined || value === null ? null : String(value);
}

/**
 * The generic HTTP template adapter: most SMS gateways take one request with the number and the
 * text in a JSON or form body (or the query string for GET); a 2xx answer means accepted.
 */
export async function sendHttpSms(config: HttpSms, phone: string, text: string): Promise<SendResult> {
  const headers = Object.fromEntries(Object.entries(config.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const values = { phone, text };
  let url = fillTemplate(config.url, values, encodeURIComponent);
  let body: string | undefined;
  if (config.method === 'GET') {
    const query = fillTemplate(config.bodyTemplate, values, encodeURIComponent);
    if (query) url += (url.includes('?') ? '&' : '?') + query;
  } else {
    body = fillTemplate(config.bodyTemplate, values, escaper(headers['content-type'] ?? ''));
  }
  try {
    const res = await fetch(url, {
      method: config.method,
      headers,
      body,
      signal: AbortSignal.timeout(15_000),
    });
    const reply = (await res.text()).slice(0, 2000);
    let providerId: string | null = null;
    try {
      providerId = pick(JSON.parse(reply), config.idPath);
    } catch {
      // Not JSON: the reply is still logged.
    }
    return { ok: res.ok, providerId, reply: `${res.status} ${reply}` };
  } catch (err) {
    return { ok: false, providerId: null, reply: err instanceof Error ? err.message : String(err) };
  }
}
