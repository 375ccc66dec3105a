import type { Timestamp } from './common.ts';

/** The one live sign-in code of a phone: a new request replaces it. Only the code's hash is kept. */
export interface PortalCodesTable {
  tenant_id: string;
  phone: string;
  /** Changes with every new code, so a verify that read an old code cannot consume the new one. */
  id: string;
  /** HMAC-SHA256 of the code keyed by `salt`. */
  code_hash: string;
  salt: string;
  /** Wrong codes tried against this one; at the limit it is dead. */
  attempts: number;
  created_at: Timestamp;
  expires_at: Timestamp;
  consumed_at: Timestamp | null;
  ip: string;
}

/** A member's portal session, separate from staff `sessions`. */
export interface MemberSessionsTable {
  tenant_id: string;
  /** SHA-256 of the cookie token. */
  id: string;
  member_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string;
  user_agent: string;
}
