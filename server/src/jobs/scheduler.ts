import type { Db } from '../db/schema.ts';

export interface ScheduledJob {
  name: string;
  /**
   * The run this moment belongs to (e.g. the day for a daily job), or null if it is not yet time.
   * A run key is claimed once across the cluster, so each run happens exactly once.
   */
  runKey(now: Date): string | null;
  run(now: Date): Promise<string>;
}

export interface Logger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Claims a run in the database; only the node whose insert lands runs the job. */
export async function claimRun(
  db: Db,
  job: string,
  runKey: string,
  node: string,
  now: Date,
): Promise<boolean> {
  const claimed = await db
    .insertInto('job_runs')
    .values({ job, run_key: runKey, node, started_at: now.toISOString(), finished_at: null, outcome: null })
    .onConflict((oc) => oc.columns(['job', 'run_key']).doNothing())
    .returning('job')
    .executeTakeFirst();
  return claimed !== undefined;
}

export async function tick(
  db: Db,
  jobs: readonly ScheduledJob[],
  node: string,
  now: Date,
  log: Logger,
): Promise<void> {
  for (const job of jobs) {
    const runKey = job.runKey(now);
    if (!runKey || !(await claimRun(db, job.name, runKey, node, now))) continue;
    let outcome: string;
    try {
      outcome = await job.run(now);
      log.info({ job: job.name, runKey, outcome }, 'job done');
    } catch (err) {
      outcome = `failed: ${err instanceof Error ? err.message : String(err)}`;
      log.error({ job: job.name, runKey, err }, 'job failed');
    }
    await db
      .updateTable('job_runs')
      .set({ finished_at: new Date().toISOString(), outcome: outcome.slice(0, 500) })
      .where('job', '=', job.name)
      .where('run_key', '=', runKey)
      .execute();
  }
}

/** Ticks once a minute (and once at start); returns a stop function for graceful shutdown. */
export function startScheduler(
  db: Db,
  jobs: readonly ScheduledJob[],
  node: string,
  log: Logger,
  clock = () => new Date(),
) {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running
      .then(() => tick(db, jobs, node, clock(), log))
      .catch((err) => log.error({ err }, 'scheduler tick failed'));
  };
  run();
  const timer = setInterval(run, 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
