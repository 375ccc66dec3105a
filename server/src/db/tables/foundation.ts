import type { Flag, Timestamp } from './common.ts';

export interface TenantsTable {
  tenant_id: string;
  code: string;
  name: string;
  status: 'active' | 'suspended';
  timezone: string;
  settings: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type StoreOwnership = 'direct' | 'franchise';
export type StoreStatus = 'active' | 'closed';

export interface StoresTable {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  address: string;
  phone: string;
  ownership: StoreOwnership;
  status: StoreStatus;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type UserStatus = 'active' | 'disabled';

export interface UsersTable {
  tenant_id: string;
  id: string;
  username: string;
  display_name: string;
  phone: string;
  password_hash: string;
  status: UserStatus;
  all_stores: Flag;
  password_changed_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RolesTable {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  /** JSON array of permission codes. */
  permissions: string;
  builtin: Flag;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserRolesTable {
  tenant_id: string;
  user_id: string;
  role_id: string;
}

export interface UserStoresTable {
  tenant_id: string;
  user_id: string;
  store_id: string;
}

export interface SessionsTable {
  tenant_id: string;
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string;
  user_agent: string;
}

export interface RateLimitsTable {
  tenant_id: string;
  bucket: string;
  window_started_at: Timestamp;
  hits: number;
  locked_until: Timestamp | null;
}

export interface IdempotencyKeysTable {
  tenant_id: string;
  key: string;
  route: string;
  request_hash: string;
  response_status: number;
  response_body: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface AuditLogTable {
  tenant_id: string;
  id: string;
  at: Timestamp;
  actor_user_id: string | null;
  actor_name: string;
  store_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  request_id: string;
  ip: string;
}

export interface JobRunsTable {
  job: string;
  run_key: string;
  node: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  outcome: string | null;
}
