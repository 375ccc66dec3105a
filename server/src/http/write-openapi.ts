import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { buildApp } from './app.ts';

/**
 * Writes the OpenAPI document and the typed web client's types from the running route table.
 * `--check` fails instead of writing when the committed files are stale (run in `npm test`).
 */
const outDir = join(import.meta.dirname, '../../../web/src/api');
const check = process.argv.includes('--check');

const handle = openDatabase({ url: ':memory:' });
const app = await buildApp({ handle, config: { ...loadConfig(), webDist: '/nonexistent' } });
await app.ready();
const document = app.swagger();
const json = `${JSON.stringify(document, null, 2)}\n`;
const header = "// Generated from the server's OpenAPI document by `npm run gen:api`. Do not edit.\n";
const types = header + astToString(await openapiTS(JSON.parse(json)));
await app.close();
await handle.close();

const files: [string, string][] = [
  ['openapi.json', json],
  ['schema.gen.ts', types],
];
let stale = 0;
for (const [name, content] of files) {
  const path = join(outDir, name);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === content) continue;
  if (check) {
    console.error(`${path} is out of date: run npm run gen:api`);
    stale++;
  } else {
    writeFileSync(path, content);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);
