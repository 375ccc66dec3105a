import type { Config } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { buildApp } from './http/app.ts';
import { defaultJobs } from './jobs/jobs.ts';
import { startScheduler } from './jobs/scheduler.ts';
import { DEMO_PASSWORD, DEMO_TENANT, isEmpty, seedDemo } from './ops/seed-demo.ts';

/**
 * Starts one app node: migrate, seed the demo on an empty database, serve, run scheduled jobs.
 * SIGINT/SIGTERM finish in-flight requests, stop the scheduler and close the database.
 */
export async function startServer(config: Config): Promise<{ url: string; stop: () => Promise<void> }> {
  const handle = openDatabase({ url: config.databaseUrl, sqliteSynchronous: config.sqliteSynchronous });
  await migrateToLatest(handle.db);
  const app = await buildApp({ handle, config, logger: { level: config.logLevel } });
  let seeded = false;
  if (config.demo && (await isEmpty(handle.db))) {
    await seedDemo(handle.db, new Date());
    seeded = true;
  }
  await app.listen({ host: config.host, port: config.port });
  const stopScheduler = startScheduler(handle.db, defaultJobs(handle, config), config.nodeName, app.log);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  const banner = [
    '',
    `  Memberdesk 会员收银台 is running (${handle.dialect})`,
    `  后台 Admin:  ${url}/admin/`,
    `  收银 POS:    ${url}/pos/`,
    `  API docs:    ${url}/api/docs`,
  ];
  if (seeded) banner.push(`  Demo sign-in 演示账号: tenant ${DEMO_TENANT} · owner / ${DEMO_PASSWORD}`);
  process.stdout.write(`${banner.join('\n')}\n\n`);

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await stopScheduler();
      await handle.close();
    })();
    return stopping;
  };
  return { url, stop };
}
