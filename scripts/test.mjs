#!/usr/bin/env node
// The one test command (`npm test`): lint, types, API client freshness, the database suite on
// SQLite and on PostgreSQL, and the browser flows in Chromium. Prints a count per part and a
// closing "N passed, N failed" line. PostgreSQL must be reachable: there is no silent skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const root = join(import.meta.dirname, '..');
const artifacts = join(root, 'test-artifacts');
mkdirSync(artifacts, { recursive: true });
const pgBase = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const only = process.argv[2]; // optional: lint | sqlite | postgres | browser

const summary = [];
let failedSteps = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failedSteps++;
  return ok;
}

function vitest(label, config, env) {
  const out = join(artifacts, `${label}.json`);
  const ok = run(
    label,
    'npx',
    ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile=${out}`],
    env,
  );
  let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    counts = {
      passed: r.numPassedTests,
      failed: r.numFailedTests + (ok ? 0 : r.numFailedTests ? 0 : 1),
      skipped: r.numPendingTests + r.numTodoTests,
    };
  }
  summary.push({ label, ...counts });
}

async function withPg(fn) {
  const client = new pg.Client({ connectionString: pgBase, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (err) {
    console.error(`\nPostgreSQL is not reachable at ${pgBase} (${err.message}).`);
    console.error(
      'Start it (see docs/operations.md) or set TEST_PG_URL. The suite runs on both databases; it does not skip.',
    );
    failedSteps++;
    summary.push({ label: 'postgres', passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const name = `memberdesk_test_${process.pid}_${Date.now()}`;
  await client.query(`create database ${name}`);
  try {
    const url = new URL(pgBase);
    url.pathname = `/${name}`;
    await fn(url.toString());
  } finally {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  }
}

if (!only || only === 'lint') {
  run('lint', 'npx', ['biome', 'check', '.']) ||
    summary.push({ label: 'lint', passed: 0, failed: 1, skipped: 0 });
  run('typecheck', 'npx', ['tsc', '-p', 'server']) &&
    run('typecheck web', 'npx', ['tsc', '-p', 'web']) &&
    run('typecheck e2e', 'npx', ['tsc', '-p', 'web/e2e']);
  run('api client is current', 'npx', ['tsx', 'server/src/http/write-openapi.ts', '--check']);
}
if (!only || only === 'lint') vitest('web-unit', 'web/vitest.config.ts', {});
if (!only || only === 'sqlite') vitest('sqlite', 'server/vitest.config.ts', { MD_TEST_DB: 'sqlite' });
if (!only || only === 'postgres') {
  await withPg((url) =>
    vitest('postgres', 'server/vitest.config.ts', { MD_TEST_DB: 'postgres', TEST_DATABASE_URL: url }),
  );
}
if (!only || only === 'browser') {
  if (run('build web', 'npm', ['run', 'build', '--workspace', 'web'])) {
    vitest('browser', 'web/e2e/vitest.config.ts', {});
  } else {
    summary.push({ label: 'browser', passed: 0, failed: 1, skipped: 0 });
  }
}

console.log('\n──────── Memberdesk test summary ────────');
for (const s of summary)
  console.log(`${s.label.padEnd(10)} ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
const passed = summary.reduce((a, s) => a + s.passed, 0);
const failed =
  summary.reduce((a, s) => a + s.failed, 0) +
  (failedSteps && !summary.some((s) => s.failed) ? failedSteps : 0);
if (failedSteps) console.log(`${failedSteps} step(s) failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps || failed ? 1 : 0);
