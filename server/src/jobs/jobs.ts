import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { purgeExpiredIdempotencyKeys } from '../http/idempotency.ts';
import { reviewLevels } from '../modules/members/review-levels.ts';
import { expireDuePoints } from '../modules/points/expire-points.ts';
import { listActiveTenantIds } from '../modules/tenancy/list-tenants.ts';
import { backupDatabase } from '../ops/backup.ts';
import { systemCtx } from '../shared/context.ts';
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
    {
      // The yearly level review, on 1 January after 04:00 China time; a later January tick
      // catches up when the shop's computer was off on New Year's Day.
      name: 'levels-review',
      runKey: (now) => {
        const { day, hour } = shanghai(now);
        const due = day.slice(5, 7) === '01' && (day.slice(8) !== '01' || hour >= 4);
        return due ? `levels-review:${day.slice(0, 4)}` : null;
      },
      run: async (now) => {
        let moved = 0;
        const failed: string[] = [];
        for (const tenantId of await listActiveTenantIds(handle.db)) {
          try {
            const review = await reviewLevels(systemCtx(handle.db, tenantId, now, 'levels-review'));
            moved += review.upgraded + review.downgraded;
          } catch (err) {
            failed.push(`${tenantId}: ${err instanceof Error ? err.message : String(err)}`);
          }
        }
        if (failed.length) throw new Error(`moved ${moved}; failed ${failed.join('; ')}`);
        return `moved ${moved}`;
      },
    },
  ];
  jobs.push({
    name: 'expire-points',
    // Daily; reads also lapse due lots, so this only keeps untouched accounts tidy.
    runKey: (now) => now.toISOString().slice(0, 10),
    run: async (now) => {
      const { members, points } = await expireDuePoints(handle.db, now);
      return `${points} points lapsed for ${members} members`;
    },
  });
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
