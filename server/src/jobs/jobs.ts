import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { purgeExpiredIdempotencyKeys } from '../http/idempotency.ts';
import { buildChannels } from '../modules/engagement/channels.ts';
import { runAutomations } from '../modules/engagement/run-automations.ts';
import { runDueCampaigns } from '../modules/engagement/run-campaign.ts';
import { sendQueuedMessages } from '../modules/engagement/send-queued-messages.ts';
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
  const channels = buildChannels(config);
  jobs.push({
    // Every minute: due campaigns become queued messages, then the queue is sent. Each message is
    // also claimed with a lease, so a slow run overlapping the next minute's never sends twice.
    name: 'engagement-send',
    runKey: (now) => now.toISOString().slice(0, 16),
    run: async (now) => {
      let campaigns = 0;
      let sent = 0;
      let failed = 0;
      for (const tenantId of await listActiveTenantIds(handle.db)) {
        campaigns += await runDueCampaigns(handle.db, tenantId, now);
        const s = await sendQueuedMessages(handle.db, tenantId, channels, now);
        sent += s.sent;
        failed += s.failed;
      }
      return `${campaigns} campaigns started, ${sent} sent, ${failed} failed`;
    },
  });
  jobs.push({
    // Hourly; each (automation, member, event) reaches the member once whatever runs it.
    name: 'engagement-automations',
    runKey: (now) => now.toISOString().slice(0, 13),
    run: async (now) => {
      let reached = 0;
      for (const tenantId of await listActiveTenantIds(handle.db)) {
        const summary = await runAutomations(handle.db, tenantId, now);
        reached += Object.values(summary).reduce((a, b) => a + (b ?? 0), 0);
      }
      return `${reached} members reached`;
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
