// Benchmark runner: `npm run bench -- <name> [--dialect sqlite|postgres]`. Each benchmark measures
// the product doing some work and the raw database driver doing the same work in the same run, and
// prints both figures and their ratio. Nothing here asserts a time: read the ratio.
import { parseArgs } from 'node:util';
import { apiRead } from './api-read.ts';

export interface BenchResult {
  name: string;
  dialect: string;
  unit: string;
  product: number;
  raw: number;
  note: string;
}

const BENCHES: Record<string, (dialect: 'sqlite' | 'postgres') => Promise<BenchResult>> = {
  'api-read': apiRead,
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
    const r = await bench(dialect);
    console.log(
      `${r.name} [${r.dialect}]  product ${r.product.toFixed(0)} ${r.unit}  raw ${r.raw.toFixed(0)} ${r.unit}  ratio ${(r.product / r.raw).toFixed(2)} (product/raw)  — ${r.note}`,
    );
  }
}
