import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../test/app.ts';
import { TEST_DIALECT } from '../../test/db.ts';
import { makeChain, T0 } from '../../test/factories.ts';
import { makeMember } from '../../test/members-factory.ts';
import { loadConfig } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/connection.ts';
import { defaultJobs } from './jobs.ts';
import { type ScheduledJob, tick } from './scheduler.ts';

const quiet = { info: () => {}, error: () => {} };
let t: TestApp;
/** A second app node's own connection pool on the same database (PostgreSQL); SQLite has one process. */
let second: DatabaseHandle | null = null;

beforeAll(async () => {
  t = await makeTestApp();
  if (TEST_DIALECT === 'postgres') second = openDatabase({ url: t.db.url, poolSize: 4 });
});
afterAll(async () => {
  await second?.close();
  await t.close();
});

describe(`scheduler on ${TEST_DIALECT}`, () => {
  it('runs each job once per run key however many nodes tick at the same moment', async () => {
    let runs = 0;
    const job: ScheduledJob = {
      name: 'count',
      runKey: (now) => now.toISOString().slice(0, 13),
      run: async () => {
        runs++;
        return 'ran';
      },
    };
    const other = second?.db ?? t.db.db;
    await Promise.all([
      tick(t.db.db, [job], 'node-a', T0, quiet),
      tick(other, [job], 'node-b', T0, quiet),
      tick(t.db.db, [job], 'node-a', T0, quiet),
      tick(other, [job], 'node-b', T0, quiet),
    ]);
    expect(runs).toBe(1);
    // The next hour is a new run; the same hour again is not.
    await tick(other, [job], 'node-b', new Date(T0.getTime() + 3_600_000), quiet);
    await tick(t.db.db, [job], 'node-a', new Date(T0.getTime() + 60_000), quiet);
    expect(runs).toBe(2);
    const rows = await t.db.db.selectFrom('job_runs').selectAll().where('job', '=', 'count').execute();
    expect(rows.map((r) => r.outcome)).toEqual(['ran', 'ran']);
  });

  it('two nodes running the real jobs at once greet each birthday member exactly once', async () => {
    const chain = await makeChain(t.db.db, 'sched');
    const owner = await t.signIn('owner', 'sched');
    for (let i = 0; i < 6; i++)
      await makeMember(t.db.db, chain.tenantId, { birthday: '1990-03-02', smsConsent: true });
    const res = await t.request({
      method: 'PUT',
      url: '/api/v1/engagement/automations/birthday',
      cookie: owner,
      body: { enabled: true, params: {} },
    });
    expect(res.statusCode, res.body).toBe(200);

    const config = { ...loadConfig({}), backupKeep: 0 };
    const nodeA = defaultJobs(t.db, config);
    const nodeB = defaultJobs(second ?? t.db, config);
    const at = new Date(T0.getTime() + 7 * 3_600_000); // a fresh hour for the hourly automation job
    await Promise.all([
      tick(t.db.db, nodeA, 'node-a', at, quiet),
      tick((second ?? t.db).db, nodeB, 'node-b', at, quiet),
    ]);

    const messages = await t.db.db
      .selectFrom('messages')
      .select(['member_id', 'source_id'])
      .where('tenant_id', '=', chain.tenantId)
      .execute();
    expect(messages).toHaveLength(6);
    expect(new Set(messages.map((m) => m.member_id)).size).toBe(6);
    const claims = await t.db.db
      .selectFrom('job_runs')
      .select(['job', 'node'])
      .where('job', '=', 'engagement-automations')
      .where('run_key', '=', at.toISOString().slice(0, 13))
      .execute();
    expect(claims).toHaveLength(1);
  });
});
