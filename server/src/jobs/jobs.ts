import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { purgeExpiredIdempotencyKeys } from '../http/idempotency.ts';
import { backupDatabase } from '../ops/backup.ts';
import type { ScheduledJob } from './scheduler.ts';

/** Local (tenant-time) hour and date for a fixed UTC+8 shop clock; the standalone edition is one shop. */
function shanghai(now: Date): { day: string; hour: number } {
  const local = new Date(now.getTime() + 8 * 3_600_000);
  return { day: local.toISOString().slice(0, 10), hour: local.getUTCHours() };
}

export function defaultJobs(handle: DatabaseHandle, config: Config): ScheduledJob[] {
  const jobs: ScheduledJob[] = [
    {
      name: 'purge-idempotency-keys',
      runKey: (now) => now.toISOString().slice(0, 13),
      run: async (now) => `removed ${await purgeExpiredIdempotencyKeys(handle.db, now)}`,
    },
  ];
  // The standalone edition backs itself up every night; PostgreSQL deployments use their own.
  if (handle.dialect === 'sqlite' && config.backupKeep > 0) {
    jobs.push({
      name: 'daily-backup',
      runKey: (now) => {
        const { day, hour } = shanghai(now);
        return hour >= config.backupHour ? day : null;
      },
      run: async (now) => {
        const result = await backupDatabase(handle, {
          dir: config.backupDir,
          now,
          keep: config.backupKeep,
          databaseUrl: config.databaseUrl,
        });
        return `${result.file} (${result.bytes} bytes), removed ${result.removed.length}`;
      },
    });
  }
  return jobs;
}
