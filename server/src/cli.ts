import { spawnSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.ts';
import { isPostgresUrl, openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import type { Db } from './db/schema.ts';
import { computeRfm } from './modules/analytics/compute-rfm.ts';
import { rfmCsv } from './modules/analytics/rfm-csv.ts';
import { createOwner } from './modules/auth/create-owner.ts';
import { withBulkSync } from './modules/history/bulk-sync.ts';
import { importHistoryFile } from './modules/history/import-history-file.ts';
import { rebuildTenantFacts } from './modules/reports/rebuild-facts.ts';
import { createTenant } from './modules/tenancy/create-tenant.ts';
import { selectFirstTenants, selectTenantByCode } from './modules/tenancy/queries.ts';
import { backupDatabase, pgRestoreCommand, restoreSqlite } from './ops/backup.ts';
import { runChecks } from './ops/check.ts';
import { DEMO_PASSWORD, DEMO_TENANT, isEmpty, seedDemo } from './ops/seed-demo.ts';
import { startServer } from './server.ts';
import { systemCtx } from './shared/context.ts';

const HELP = `Memberdesk 会员收银台 — command line

Usage: npm run cli -- <command> [options]

Commands:
  start                          Start the server (migrates, seeds the demo on an empty database)
  migrate                        Apply pending database migrations
  seed-demo                      Create the demo tenant (a two-store chain, a user per role)
  create-tenant --code C --name N [--timezone Asia/Shanghai]
                                 Create a tenant with the built-in roles
  create-admin --tenant C --username U --password P [--name N]
                                 Create an owner (all permissions, every store)
  backup [--dir DIR] [--keep N]  SQLite: online backup to a timestamped file; PostgreSQL: pg_dump
  restore <file>                 Replace the database with a backup (stop the server first)
  check                          Prove the ledger and invariant checks; exits 1 on any problem
  import-history [--preset online-retail] [--tenant C] [--dry-run] <file.csv|.csv.gz|.xlsx>
                                 Import a sales history (members, products, past orders and
                                 returns); on an empty database, creates a tenant and its owner
  rfm --as-of YYYY-MM-DD [--window-days N] [--net] [--tenant C] --out file.csv
                                 RFM scores and classes, one row per member who bought
  facts rebuild [--tenant C]     Recompute the reports' daily facts from the raw orders, refunds,
                                 recharges and members (every tenant unless one is named)

Configuration comes from the environment; see the README (DATABASE_URL, PORT, MEMBERDESK_*).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      code: { type: 'string' },
      name: { type: 'string' },
      timezone: { type: 'string' },
      tenant: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      dir: { type: 'string' },
      keep: { type: 'string' },
      port: { type: 'string' },
      preset: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'as-of': { type: 'string' },
      'window-days': { type: 'string' },
      net: { type: 'boolean' },
      out: { type: 'string' },
    },
  });
  const config = loadConfig();
  if (values.port) config.port = Number(values.port);

  if (!command || command === '--help' || command === 'help' || command === '-h') {
    console.log(HELP);
    return 0;
  }
  if (command === 'start') {
    const server = await startServer(config);
    const shutdown = (signal: string) => {
      console.log(`\n${signal}: finishing requests and closing the database…`);
      server.stop().then(
        () => process.exit(0),
        (err) => {
          console.error(err);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    return -1; // keep running
  }
  if (command === 'restore') {
    const file = positionals[0];
    if (!file)
      throw new Error('restore needs the backup file: npm run cli -- restore data/backups/memberdesk-….db');
    if (isPostgresUrl(config.databaseUrl)) {
      const [bin, ...args] = pgRestoreCommand(file, config.databaseUrl);
      const result = spawnSync(bin!, args, { stdio: 'inherit' });
      return result.status ?? 1;
    }
    const { previous } = restoreSqlite(file, config.databaseUrl);
    console.log(
      `Restored ${file} → ${config.databaseUrl}${previous ? ` (previous file kept as ${previous})` : ''}`,
    );
    return 0;
  }

  const handle = openDatabase({ url: config.databaseUrl, sqliteSynchronous: config.sqliteSynchronous });
  try {
    await migrateToLatest(handle.db);
    const now = new Date();
    switch (command) {
      case 'migrate':
        console.log('Schema is up to date.');
        return 0;
      case 'seed-demo': {
        if (!(await isEmpty(handle.db)) && (await selectTenantByCode(handle.db, DEMO_TENANT))) {
          console.log('The demo tenant already exists.');
          return 0;
        }
        await seedDemo(handle.db, now);
        console.log(`Demo tenant "${DEMO_TENANT}" created. Sign in as owner / ${DEMO_PASSWORD}.`);
        return 0;
      }
      case 'create-tenant': {
        if (!values.code || !values.name) throw new Error('create-tenant needs --code and --name');
        const { tenantId } = await createTenant(
          handle.db,
          { code: values.code, name: values.name, timezone: values.timezone },
          now,
        );
        console.log(`Tenant ${values.code} created (${tenantId}).`);
        return 0;
      }
      case 'create-admin': {
        if (!values.tenant || !values.username || !values.password) {
          throw new Error('create-admin needs --tenant, --username and --password');
        }
        const tenant = await selectTenantByCode(handle.db, values.tenant);
        if (!tenant) throw new Error(`No tenant with code ${values.tenant}`);
        const user = await createOwner(
          handle.db,
          tenant.tenant_id,
          { username: values.username, password: values.password, displayName: values.name },
          now,
        );
        console.log(`Owner ${user.username} created in ${values.tenant}.`);
        return 0;
      }
      case 'backup': {
        const result = await backupDatabase(handle, {
          dir: values.dir ?? config.backupDir,
          now,
          keep: values.keep ? Number(values.keep) : config.backupKeep,
          databaseUrl: config.databaseUrl,
        });
        console.log(
          `Backup written: ${result.file} (${result.bytes} bytes)${result.removed.length ? `; removed ${result.removed.join(', ')}` : ''}`,
        );
        return 0;
      }
      case 'check': {
        const results = await runChecks(handle);
        for (const r of results) {
          console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`);
          for (const p of r.problems) console.log(`       ${p}`);
        }
        const failed = results.filter((r) => !r.ok).length;
        console.log(failed ? `${failed} check(s) failed` : 'All checks passed');
        return failed ? 1 : 0;
      }
      // analytics: sales-history import and RFM
      case 'import-history': {
        const file = positionals[0];
        if (!file)
          throw new Error(
            'import-history needs the file: npm run cli -- import-history --preset online-retail data.csv.gz',
          );
        const tenantId = await cliTenant(handle.db, values.tenant, now, values.preset);
        const started = performance.now();
        const job = await withBulkSync(handle, () =>
          importHistoryFile(
            systemCtx(handle.db, tenantId, now, 'cli'),
            { name: basename(file), content: readFileSync(file) },
            { preset: values.preset, dryRun: values['dry-run'] },
          ),
        );
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `${job.dryRun ? 'Dry run' : 'Import'} ${job.id}: ${job.processedRows} rows in ${seconds.toFixed(1)} s — ` +
            `${job.importedRows} lines ${job.dryRun ? 'to add' : 'added'}, ${job.skippedRows} already there, ${job.rejectedRows} rejected`,
        );
        return 0;
      }
      case 'rfm': {
        if (!values.out) throw new Error('rfm needs --out file.csv');
        const tenantId = await cliTenant(handle.db, values.tenant, now);
        const report = await computeRfm(systemCtx(handle.db, tenantId, now, 'cli'), {
          asOf: values['as-of'],
          windowDays: values['window-days'] ? Number(values['window-days']) : undefined,
          net: values.net ?? false,
        });
        writeFileSync(values.out, rfmCsv(report.rows));
        console.log(`RFM as of ${report.asOf}: ${report.memberCount} members → ${values.out}`);
        for (const [k, n] of Object.entries(report.classes)) console.log(`  ${k.padEnd(22)} ${n}`);
        return 0;
      }
      case 'facts': {
        if (positionals[0] !== 'rebuild') throw new Error('Usage: npm run cli -- facts rebuild [--tenant C]');
        const tenants = values.tenant
          ? [await cliTenant(handle.db, values.tenant, now)]
          : (await handle.db.selectFrom('tenants').select('tenant_id').execute()).map((t) => t.tenant_id);
        for (const tenantId of tenants) {
          const started = performance.now();
          const counts = await rebuildTenantFacts(handle.db, tenantId);
          const rows = Object.entries(counts)
            .map(([table, n]) => `${table} ${n}`)
            .join(', ');
          console.log(
            `Facts of ${tenantId} rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s: ${rows}`,
          );
        }
        return 0;
      }
      default:
        console.error(`Unknown command: ${command}\n\n${HELP}`);
        return 2;
    }
  } finally {
    await handle.close();
  }
}

/**
 * The tenant a command works on: the one named, else the only one. An empty database gets one for
 * a history import (the preset names it), so importing a public data set is a single command.
 */
async function cliTenant(db: Db, code: string | undefined, now: Date, preset?: string): Promise<string> {
  if (code) {
    const tenant = await selectTenantByCode(db, code);
    if (!tenant) throw new Error(`No tenant with code ${code}`);
    return tenant.tenant_id;
  }
  const tenants = await selectFirstTenants(db);
  if (tenants.length === 1) return tenants[0]!.tenant_id;
  if (tenants.length > 1) throw new Error('Several tenants: name one with --tenant CODE');
  if (!preset) throw new Error('No tenant yet: create one (create-tenant) or seed the demo');
  // The Online Retail log was kept in the UK: its times are read as London wall-clock times.
  const timezone = preset === 'online-retail' ? 'Europe/London' : 'UTC';
  const { tenantId } = await createTenant(db, { code: preset, name: preset, timezone }, now);
  // Every tenant has an owner (cli check proves it): one with a one-off password to change.
  // Random base64url may lack a digit or a letter; the password rule wants both.
  const password = `${randomBytes(9).toString('base64url')}${randomInt(10)}k`;
  await createOwner(db, tenantId, { username: 'owner', password }, now);
  console.log(
    `Created tenant ${preset} (time zone ${timezone}) for the import; sign in as owner / ${password}`,
  );
  return tenantId;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
