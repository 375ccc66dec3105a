import { join, resolve } from 'node:path';

/** Everything configurable comes from the environment (documented in the README's table). */
export interface Config {
  databaseUrl: string;
  host: string;
  port: number;
  dataDir: string;
  demo: boolean;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  secureCookies: boolean;
  trustProxy: boolean;
  allowedOrigins: string[];
  sessionIdleMinutes: number;
  sessionMaxDays: number;
  backupDir: string;
  backupKeep: number;
  backupHour: number;
  logLevel: string;
  nodeName: string;
  webDist: string;
  /** SMS: `test` records messages in the database only (development, tests); `http` calls a provider. */
  sms: SmsConfig;
  /** E-mail over SMTP; null when MEMBERDESK_SMTP_HOST is not set (e-mails are then skipped). */
  smtp: SmtpConfig | null;
  /** How members reach this deployment (`https://shop.example.com`): unsubscribe links in e-mails. */
  publicUrl: string | null;
  /** Shared secret the SMS provider's inbound-reply webhook must present; null = webhook off. */
  smsInboundSecret: string | null;
}

export type SmsConfig =
  | { provider: 'test' }
  | { provider: 'none' }
  | {
      provider: 'http';
      url: string;
      method: 'GET' | 'POST' | 'PUT';
      headers: Record<string, string>;
      /** Body with {{phone}} and {{text}}, escaped for the Content-Type header's format. */
      bodyTemplate: string;
      /** Dotted path of the provider's message id in a JSON reply, e.g. `data.id`. */
      idPath: string;
    }
  | {
      /** Tencent Cloud SMS, API 3.0 `SendSms` signed with TC3-HMAC-SHA256. */
      provider: 'tencent';
      secretId: string;
      secretKey: string;
      sdkAppId: string;
      signName: string;
      /** An approved template whose one parameter ({1}) carries the message text. */
      templateId: string;
      region: string;
      /** https://sms.tencentcloudapi.com; tests point it at a local fake. */
      endpoint: string;
    };

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) throw new Error(`Expected a whole number, got ${value}`);
  return parsed;
}

function smsConfig(env: NodeJS.ProcessEnv): SmsConfig {
  const provider = env.MEMBERDESK_SMS_PROVIDER || 'test';
  if (provider === 'test' || provider === 'none') return { provider };
  if (provider === 'tencent') return tencentSmsConfig(env);
  if (provider !== 'http')
    throw new Error(`MEMBERDESK_SMS_PROVIDER must be test, none, http or tencent, got ${provider}`);
  const url = env.MEMBERDESK_SMS_HTTP_URL;
  if (!url) throw new Error('MEMBERDESK_SMS_PROVIDER=http needs MEMBERDESK_SMS_HTTP_URL');
  const method = (env.MEMBERDESK_SMS_HTTP_METHOD ?? 'POST').toUpperCase();
  if (method !== 'GET' && method !== 'POST' && method !== 'PUT')
    throw new Error(`MEMBERDESK_SMS_HTTP_METHOD must be GET, POST or PUT, got ${method}`);
  const headers = JSON.parse(
    env.MEMBERDESK_SMS_HTTP_HEADERS || '{"content-type":"application/json"}',
  ) as Record<string, string>;
  return {
    provider,
    url,
    method,
    headers,
    bodyTemplate: env.MEMBERDESK_SMS_HTTP_BODY ?? '{"phone":"{{phone}}","text":"{{text}}"}',
    idPath: env.MEMBERDESK_SMS_HTTP_ID_PATH ?? 'id',
  };
}

function tencentSmsConfig(env: NodeJS.ProcessEnv): SmsConfig {
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`MEMBERDESK_SMS_PROVIDER=tencent needs ${name}`);
    return value;
  };
  return {
    provider: 'tencent',
    secretId: need('MEMBERDESK_SMS_TENCENT_SECRET_ID'),
    secretKey: need('MEMBERDESK_SMS_TENCENT_SECRET_KEY'),
    sdkAppId: need('MEMBERDESK_SMS_TENCENT_SDK_APP_ID'),
    signName: need('MEMBERDESK_SMS_TENCENT_SIGN_NAME'),
    templateId: need('MEMBERDESK_SMS_TENCENT_TEMPLATE_ID'),
    region: env.MEMBERDESK_SMS_TENCENT_REGION || 'ap-guangzhou',
    endpoint: env.MEMBERDESK_SMS_TENCENT_ENDPOINT || 'https://sms.tencentcloudapi.com',
  };
}

function smtpConfig(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const host = env.MEMBERDESK_SMTP_HOST;
  if (!host) return null;
  const port = int(env.MEMBERDESK_SMTP_PORT, 587);
  return {
    host,
    port,
    secure: flag(env.MEMBERDESK_SMTP_SECURE, port === 465),
    user: env.MEMBERDESK_SMTP_USER || null,
    password: env.MEMBERDESK_SMTP_PASSWORD || null,
    from: env.MEMBERDESK_SMTP_FROM || `memberdesk@${host}`,
  };
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.MEMBERDESK_DATA_DIR ?? 'data');
  return {
    databaseUrl: env.DATABASE_URL || join(dataDir, 'memberdesk.db'),
    host: env.HOST ?? '0.0.0.0',
    port: int(env.PORT, 3000),
    dataDir,
    demo: flag(env.MEMBERDESK_DEMO, true),
    sqliteSynchronous: env.MEMBERDESK_SQLITE_SYNC === 'NORMAL' ? 'NORMAL' : 'FULL',
    secureCookies: flag(env.MEMBERDESK_SECURE_COOKIES, false),
    trustProxy: flag(env.MEMBERDESK_TRUST_PROXY, false),
    allowedOrigins: (env.MEMBERDESK_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    sessionIdleMinutes: int(env.MEMBERDESK_SESSION_IDLE_MINUTES, 12 * 60),
    sessionMaxDays: int(env.MEMBERDESK_SESSION_MAX_DAYS, 30),
    backupDir: resolve(env.MEMBERDESK_BACKUP_DIR ?? join(dataDir, 'backups')),
    backupKeep: int(env.MEMBERDESK_BACKUP_KEEP, 7),
    backupHour: int(env.MEMBERDESK_BACKUP_HOUR, 3),
    logLevel: env.LOG_LEVEL ?? 'info',
    nodeName: env.MEMBERDESK_NODE_NAME ?? `node-${process.pid}`,
    webDist: resolve(env.MEMBERDESK_WEB_DIST ?? join(import.meta.dirname, '../../web/dist')),
    sms: smsConfig(env),
    smtp: smtpConfig(env),
    publicUrl: env.MEMBERDESK_PUBLIC_URL ? env.MEMBERDESK_PUBLIC_URL.replace(/\/+$/, '') : null,
    smsInboundSecret: env.MEMBERDESK_SMS_INBOUND_SECRET || null,
  };
}
