import { foundation } from './0001-foundation.ts';
import { membersWallet } from './0002-members-wallet.ts';
import type { Migration } from './helpers.ts';

/** Applied in key order; never edit one that has shipped — add the next. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-members-wallet': membersWallet,
};
