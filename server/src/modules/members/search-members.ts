import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { prefixRange } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { requirePermission } from '../auth/permissions.ts';
import { memberStoreScope } from './access.ts';
import { looksLikeMemberCode, resolveMemberCode } from './member-code.ts';
import { type MemberView, toMemberView } from './members.ts';

export interface MemberSearch {
  q?: string;
  status?: 'active' | 'frozen' | 'erased';
  cursor?: string;
  limit?: number;
}

export type MatchKind = 'exact' | 'last4' | 'name' | 'prefix' | 'list';
export type MemberHit = MemberView & { match: MatchKind };

type Eb = ExpressionBuilder<DB, 'members'>;
type SearchColumn =
  | 'card_no'
  | 'phone'
  | 'phone_last4'
  | 'qr_token'
  | 'name'
  | 'name_initials'
  | 'name_pinyin';

/** One indexed predicate on one column; a member's rank is the best rank of the lookups it matches. */
interface Lookup {
  rank: number;
  match: MatchKind;
  column: SearchColumn;
  op: '=' | 'prefix';
  value: string;
}

// Unique per tenant: an equality lookup on one of these returns at most one row.
const UNIQUE_COLUMNS: ReadonlySet<SearchColumn> = new Set(['card_no', 'phone', 'qr_token']);
const LIST_RANK = 3;

/**
 * What one search box means, decided from the shape of what was typed: a full phone or card
 * number or QR token is an exact hit; four digits are the phone's last four (or a short card
 * number); letters are pinyin initials or full pinyin; anything else is the name.
 */
function lookupsFor(raw: string): Lookup[] {
  const q = raw.trim().replace(/\s+/g, '');
  const lower = q.toLowerCase();
  const at = (rank: number, match: MatchKind, column: SearchColumn, op: Lookup['op'], value: string) => ({
    rank,
    match,
    column,
    op,
    value,
  });
  // Only a full number may carry the country code: "8612" is the last four digits, not "+86 12".
  const digits = /^(\+?86|0086)1\d{10}$/.test(q) ? q.replace(/^(\+?86|0086)/, '') : q;
  if (/^\d+$/.test(digits) && digits.length >= 3) {
    const out: Lookup[] = [at(0, 'exact', 'card_no', '=', q)];
    if (digits.length === 11) out.push(at(0, 'exact', 'phone', '=', digits));
    else if (digits.length === 4) out.push(at(1, 'last4', 'phone_last4', '=', digits));
    else if (digits.length > 4) out.push(at(2, 'prefix', 'phone', 'prefix', digits));
    return out;
  }
  if (/^M[\w-]{20}$/.test(q)) return [at(0, 'exact', 'qr_token', '=', q)];
  if (/^[a-z]+$/.test(lower)) {
    // A card number made of letters ranks with the names, and reports as a name match.
    return [
      at(1, 'name', 'name_initials', '=', lower),
      at(1, 'name', 'name_pinyin', '=', lower),
      at(1, 'exact', 'card_no', '=', q),
      at(2, 'prefix', 'name_initials', 'prefix', lower),
      at(2, 'prefix', 'name_pinyin', 'prefix', lower),
    ];
  }
  return [
    at(0, 'exact', 'card_no', '=', q),
    at(1, 'name', 'name', '=', q),
    at(2, 'prefix', 'name', 'prefix', q),
  ];
}

function predicate(eb: Eb, l: Lookup): Expression<SqlBool> {
  return l.op === '=' ? eb(l.column, '=', l.value) : prefixRange(l.column, l.value);
}

type RankedRow = Awaited<ReturnType<typeof fetchArms>>[number];

/**
 * Ranked, cursor-paginated member search bounded by the actor's store scope; the cursor is
 * (rank, id). Each lookup is its own `… ORDER BY id LIMIT n` arm so it walks its own
 * (tenant_id, column, id) index, instead of one OR-ed query the planner may answer with a scan.
 * Ranks are fetched best first and a worse rank is only read when the better ones leave the
 * page short (the prefix arms of "zs" re-read the exact ones).
 */
export async function searchMembers(ctx: Ctx, search: MemberSearch): Promise<Page<MemberHit>> {
  requirePermission(ctx.actor, 'members.read');
  const limit = Math.min(search.limit ?? 20, 100);
  const scope = await memberStoreScope(ctx);
  if (scope !== 'all' && scope.length === 0) return { items: [], nextCursor: null };
  const after = search.cursor ? decodeCursor<{ rank: number; id: string }>(search.cursor) : null;
  let q = search.q;
  // A rotating code from the member's phone stands for their QR token while it is fresh.
  if (q && looksLikeMemberCode(q)) {
    const token = await resolveMemberCode(ctx, q);
    if (!token) return { items: [], nextCursor: null };
    q = token;
  }
  const lookups = q?.trim() ? lookupsFor(q) : [];
  const ranks = [...new Set(lookups.map((l) => l.rank))].sort((a, b) => a - b);
  const matchOf = (rank: number): MatchKind =>
    lookups.length === 0 ? 'list' : (lookups.find((l) => l.rank === rank)?.match ?? 'prefix');

  const need = limit + 1;
  const rows: RankedRow[] = [];
  if (lookups.length === 0) {
    rows.push(
      ...(await fetchArms(ctx, search, scope, after, [{ rank: LIST_RANK, lookup: null, better: [] }], need)),
    );
  } else {
    const pending = ranks.filter((r) => !after || r >= after.rank);
    while (pending.length && rows.length < need) {
      // Ranks whose lookups are all unique keys yield a row or two: fetch the next rank with them.
      const batch: number[] = [];
      do batch.push(pending.shift() as number);
      while (pending.length && lookups.every((l) => l.rank !== batch.at(-1) || isUniqueKey(l)));
      const arms = lookups
        .filter((l) => batch.includes(l.rank))
        .map((lookup) => ({
          rank: lookup.rank,
          lookup,
          better: lookups.filter((l) => l.rank < lookup.rank),
        }));
      rows.push(...(await fetchArms(ctx, search, scope, after, arms, need - rows.length)));
    }
  }
  const page = rows.slice(0, limit);
  const items = page.map((row) => ({ ...toMemberView(row, ctx.actor), match: matchOf(row.rank) }));
  const last = page.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ rank: last.rank, id: last.id }) : null,
  };
}

function isUniqueKey(l: Lookup): boolean {
  return l.op === '=' && UNIQUE_COLUMNS.has(l.column);
}

interface Arm {
  rank: number;
  lookup: Lookup | null;
  /** Lookups of better ranks: a member matching one of them is listed there, not here. */
  better: Lookup[];
}

/**
 * The first `n` members in (rank, id) order, after the cursor, that the arms find. One statement:
 * a UNION ALL of one `ORDER BY id LIMIT n` arm per lookup, merged and deduplicated here (a member
 * can match two lookups of one rank).
 */
async function fetchArms(
  ctx: Ctx,
  search: MemberSearch,
  scope: readonly string[] | 'all',
  after: { rank: number; id: string } | null,
  arms: Arm[],
  n: number,
) {
  const select = ({ rank, lookup, better }: Arm) => {
    let q = ctx.db
      .selectFrom('members')
      .selectAll()
      .select(sql.lit(rank).as('rank'))
      .where('tenant_id', '=', ctx.tenantId);
    if (lookup) q = q.where((eb) => predicate(eb, lookup));
    // NULL-safe: a member without a card or phone is not excluded by a card or phone lookup.
    if (better.length)
      q = q.where((eb) => sql<SqlBool>`not coalesce(${eb.or(better.map((l) => predicate(eb, l)))}, false)`);
    q = search.status ? q.where('status', '=', search.status) : q.where('status', '!=', 'erased');
    if (scope !== 'all') q = q.where('home_store_id', 'in', scope);
    if (after && after.rank === rank) q = q.where('id', '>', after.id);
    return q.orderBy('id').limit(n);
  };
  const [first, ...rest] = arms;
  if (!first) return [];
  if (!rest.length) return (await select(first).execute()).map(withRank);
  const wrap = (arm: Arm) => ctx.db.selectFrom(select(arm).as('arm')).selectAll();
  const all = await rest.reduce((u, arm) => u.unionAll(wrap(arm)), wrap(first)).execute();
  const sorted = all
    .map(withRank)
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<string>();
  const out: typeof sorted = [];
  for (const row of sorted) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    out.push(row);
  }
  return out.slice(0, n);
}

function withRank<R extends { rank: unknown }>(row: R): R & { rank: number } {
  return { ...row, rank: Number(row.rank) };
}
