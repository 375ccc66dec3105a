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
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) throw new Error(`Expected a whole number, got ${value}`);
  return parsed;
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
  };
}
