import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestDb, TEST_DIALECT, type TestDb } from '../../test/db.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { claimRun, tick } from '../jobs/scheduler.ts';
import { signIn } from '../modules/auth/sign-in.ts';
import { backupDatabase, pruneBackups, restoreSqlite } from './backup.ts';
import { runChecks } from './check.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed-demo.ts';

let db: TestDb;
beforeAll(async () => {
  db = await makeTestDb();
  await seedDemo(db.db, new Date('2026-01-05T01:00:00Z'));
});
afterAll(() => db.close());

const env = {
  now: new Date('2026-01-05T02:00:00Z'),
  ip: '10.0.0.1',
  requestId: 'test',
  userAgent: 'test',
  policy: { idleMinutes: 60, maxDays: 1 },
};

describe(`demo, checks and jobs on ${TEST_DIALECT}`, () => {
  it('seeds a two-store chain with a user for every role who can sign in', async () => {
    const stores = await db.db.selectFrom('stores').select(['code', 'ownership']).orderBy('code').execute();
    expect(stores).toEqual([
      { code: 'S01', ownership: 'direct' },
      { code: 'S02', ownership: 'franchise' },
    ]);
    for (const user of DEMO_USERS) {
      const session = await signIn(db.db, { username: user.username, password: DEMO_PASSWORD }, env);
      expect(session.actor.storeIds === 'all').toBe(user.stores === 'all');
    }
  });

  it('passes every invariant check, and names the broken one', async () => {
    expect((await runChecks(db)).filter((r) => !r.ok)).toEqual([]);
    await db.db.updateTable('users').set({ status: 'disabled' }).where('username', '=', 'owner').execute();
    const failed = (await runChecks(db)).filter((r) => !r.ok);
    expect(failed.map((r) => r.name)).toEqual(['every active tenant has an active owner']);
    expect(failed[0]!.problems).toEqual(['tenant demo has no active owner']);
    await db.db.updateTable('users').set({ status: 'active' }).where('username', '=', 'owner').execute();
  });

  it('runs a scheduled job once per run key however many nodes tick', async () => {
    let runs = 0;
    const job = { name: 'count', runKey: () => '2026-01-05', run: async () => `run ${++runs}` };
    const log = { info() {}, error() {} };
    await Promise.all([
      tick(db.db, [job], 'node-a', env.now, log),
      tick(db.db, [job], 'node-b', env.now, log),
      tick(db.db, [job], 'node-c', env.now, log),
    ]);
    expect(runs).toBe(1);
    expect(await claimRun(db.db, 'count', '2026-01-05', 'node-d', env.now)).toBe(false);
    const row = await db.db
      .selectFrom('job_runs')
      .selectAll()
      .where('job', '=', 'count')
      .executeTakeFirstOrThrow();
    expect(row.outcome).toBe('run 1');
    expect(row.finished_at).not.toBeNull();
  });
});

describe.runIf(TEST_DIALECT === 'sqlite')('SQLite backup and restore', () => {
  it('backs up a live database, keeps N copies and restores to the same data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-backup-'));
    const file = join(dir, 'live.db');
    const live = openDatabase({ url: file });
    await migrateToLatest(live.db);
    await seedDemo(live.db, new Date('2026-01-05T01:00:00Z'));
    const backups = join(dir, 'backups');
    const results = [];
    for (let day = 1; day <= 4; day++) {
      results.push(
        await backupDatabase(live, {
          dir: backups,
          now: new Date(`2026-01-0${day}T20:00:00Z`),
          keep: 3,
          databaseUrl: file,
        }),
      );
    }
    expect(readdirSync(backups).sort()).toEqual([
      'memberdesk-20260102-200000.db',
      'memberdesk-20260103-200000.db',
      'memberdesk-20260104-200000.db',
    ]);
    expect(results[3]!.removed).toEqual(['memberdesk-20260101-200000.db']);
    expect(pruneBackups(backups, 3)).toEqual([]);

    // Change the live data after the backup, then restore: the change is gone.
    await live.db.updateTable('stores').set({ name: 'after backup' }).execute();
    await live.close();
    const { previous } = restoreSqlite(results[3]!.file, file);
    expect(previous).toBe(`${file}.before-restore`);
    const restored = openDatabase({ url: file });
    const names = await restored.db.selectFrom('stores').select('name').orderBy('code').execute();
    expect(names.map((n) => n.name)).toEqual(['旗舰店 · 人民广场', '加盟店 · 徐家汇']);
    await restored.close();
  });

  it('refuses to restore a file that is not a Memberdesk database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-restore-'));
    const bogus = openDatabase({ url: join(dir, 'bogus.db') });
    bogus.raw.kind === 'sqlite' && bogus.raw.sqlite.exec('create table x (a)');
    expect(() => restoreSqlite(join(dir, 'bogus.db'), join(dir, 'target.db'))).toThrow(/kysely_migration/);
  });
});
