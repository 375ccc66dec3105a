import type { LevelBasis } from '../api/client.ts';

/**
 * Member levels (等级) are earned by a running total in the tenant's level basis: fen of spend,
 * fen of recharge, or points earned. Never the current balance, so spending never costs a level.
 */

interface LevelLike {
  id: string;
  rank: number;
  threshold: number;
}

interface MemberTotals {
  cumulativeSpendCents: number;
  rechargeTotalCents: number;
  pointsEarnedTotal: number;
}

/** The member's total in the basis unit, the same number the server compares thresholds with. */
export function basisTotal(member: MemberTotals, basis: LevelBasis): number {
  switch (basis) {
    case 'spend':
      return member.cumulativeSpendCents;
    case 'recharge':
      return member.rechargeTotalCents;
    case 'points':
      return member.pointsEarnedTotal;
  }
}

/** Fen for spend and recharge; points for points. */
export function basisIsMoney(basis: LevelBasis): boolean {
  return basis !== 'points';
}

export interface LevelProgress<L> {
  current: L | null;
  /** The next level up, or null at the top. */
  next: L | null;
  total: number;
  /** What is still missing to reach `next` (0 at the top). */
  remaining: number;
  /** 0–100, whole numbers: from the current threshold (or 0) to the next one. */
  percent: number;
}

/**
 * Where a member stands between their level and the next. The current level is the one the server
 * gave them (levelId): upgrades are immediate but downgrades only come with the yearly review, so
 * it can sit above what the total alone would say.
 */
export function levelProgress<L extends LevelLike>(
  levels: readonly L[],
  levelId: string | null,
  total: number,
): LevelProgress<L> {
  const sorted = [...levels].sort((a, b) => a.rank - b.rank);
  const current = sorted.find((l) => l.id === levelId) ?? null;
  const next = sorted.find((l) => !current || l.rank > current.rank) ?? null;
  if (!next) return { current, next: null, total, remaining: 0, percent: 100 };
  const from = current?.threshold ?? 0;
  const span = next.threshold - from;
  const done = Math.min(Math.max(total - from, 0), Math.max(span, 0));
  // Integer maths: thresholds are fen or points, both whole numbers.
  const percent = span > 0 ? Math.floor((done * 100) / span) : 100;
  return { current, next, total, remaining: Math.max(next.threshold - total, 0), percent };
}
