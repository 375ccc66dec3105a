import type { KyselyPlugin, QueryId, RootOperationNode } from 'kysely';
import { NON_TENANT_TABLES } from '../src/db/table-kinds.ts';

/**
 * Every statement the product runs in the suite is checked here: a statement that reads or writes
 * a tenant table must name `tenant_id` at least once per tenant table it touches. That keeps every
 * query on one shard when the schema is distributed by tenant_id (Citus), and stops a forgotten
 * predicate from reading another merchant's rows. It is a lint over the SQL text, not a parser: it
 * counts table references and tenant_id mentions, which catches the predicate left out.
 *
 * Only the product's statements count: the caller is the first stack frame outside Kysely, so a
 * test's own assertions and fixtures are not audited. Sweeps over every tenant on purpose are
 * exempt by caller (`cli check`'s invariant checks) or by statement (ALLOWED), each with its reason.
 */
export interface QueryViolation {
  sql: string;
  tables: string[];
  caller: string;
}

const ALLOWED: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^delete from "?idempotency_keys"? where "?expires_at"? </i,
    why: 'the hourly clean-up drops expired keys of every tenant',
  },
];

/** Callers whose statements are not audited: tests, benchmarks, and cli check's all-tenant checks. */
const EXEMPT_CALLER = /\/server\/test\/|\.test\.ts|\/bench\/|\/checks\.ts|\/ops\/check\.ts/;
const SKIP =
  /^\s*(create|alter|drop|pragma|begin|commit|rollback|savepoint|release|analyze|vacuum|set|show)\b/i;
const REFERENCE = /\b(?:from|join|update|into)\s+"?([a-z_][a-z0-9_]*)"?/gi;

export function auditQuery(sql: string, tables: ReadonlySet<string>): Omit<QueryViolation, 'caller'> | null {
  if (SKIP.test(sql)) return null;
  const touched: string[] = [];
  for (const m of sql.matchAll(REFERENCE)) {
    const name = m[1]!.toLowerCase();
    if (tables.has(name) && !(name in NON_TENANT_TABLES)) touched.push(name);
  }
  if (!touched.length) return null;
  const mentions = sql.match(/\btenant_id\b/gi)?.length ?? 0;
  if (mentions >= touched.length) return null;
  const flat = sql.replace(/\s+/g, ' ').trim();
  if (ALLOWED.some((a) => a.pattern.test(flat))) return null;
  return { sql: flat, tables: touched };
}

/** The first frame of the current stack that is neither Kysely nor this file. */
function callerFrame(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const frames = stack.split('\n').slice(1);
  return frames.find((f) => !f.includes('node_modules') && !f.includes('query-audit.ts'))?.trim() ?? '';
}

/**
 * A Kysely plugin that audits each query as it is compiled — synchronously inside the caller's
 * `execute()`, so the stack still shows who ran it. `compile` turns the node into SQL text.
 */
export function queryAuditPlugin(
  compile: (node: RootOperationNode, queryId: QueryId) => string,
  tables: ReadonlySet<string>,
  out: QueryViolation[],
): KyselyPlugin {
  return {
    transformQuery({ node, queryId }) {
      if (!tables.size) return node;
      const caller = callerFrame();
      if (EXEMPT_CALLER.test(caller)) return node;
      const violation = auditQuery(compile(node, queryId), tables);
      if (violation && !out.some((v) => v.sql === violation.sql)) out.push({ ...violation, caller });
      return node;
    },
    async transformResult({ result }) {
      return result;
    },
  };
}
