// Benchmark runner: `npm run bench -- <name> [--dialect sqlite|postgres]`. Each benchmark measures
// the product doing some work and the raw database driver doing the same work in the same run, and
// prints both figures and their ratio. Nothing here asserts a time: read the ratio.
import { parseArgs } from 'node:util';
import { apiRead } from './api-read.ts';
import { checkout } from './checkout.ts';
import { dashboard } from './dashboard.ts';
import { historyImport } from './history-import.ts';
import { memberSearch } from './member-search.ts';
import { recharge } from './recharge.ts';
import { segment } from './segment.ts';

export interface BenchResult {
  name: string;
  dialect: string;
  unit: string;
  product: number;
  raw: number;
  note: string;
}

const BENCHES: Record<string, (dialect: 'sqlite' | 'postgres') => Promise<BenchResult | BenchResult[]>> = {
  'api-read': apiRead,
  checkout,
  dashboard,
  'history-import': historyImport,
  'member-search': memberSearch,
  recharge,
  segment,
};

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dialect: { type: 'string' } },
});
const names = positionals.length ? positionals : Object.keys(BENCHES);
const dialects = values.dialect
  ? [values.dialect as 'sqlite' | 'postgres']
  : (['sqlite', 'postgres'] as const);

for (const name of names) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`Unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  for (const dialect of dialects) {
    const out = await bench(dialect);
    for (const r of Array.isArray(out) ? out : [out]) {
      const digits = r.product < 10 ? 3 : 0;
      console.log(
        `${r.name} [${r.dialect}]  product ${r.product.toFixed(digits)} ${r.unit}  raw ${r.raw.toFixed(digits)} ${r.unit}  ratio ${(r.product / r.raw).toFixed(2)} (product/raw)  — ${r.note}`,
      );
    }
  }
}
