/**
 * Tables that do not carry tenant_id, and why. Every other table is tenant data: it has tenant_id,
 * its primary key and every foreign key lead with tenant_id, so it can be distributed by tenant_id
 * (Citus) without a query ever crossing tenants. The schema test enforces both halves.
 *
 * - reference: small, read on every request, replicated to every node (Citus reference table).
 * - system: bookkeeping of the deployment itself, kept on the coordinator.
 */
export const NON_TENANT_TABLES: Record<string, { kind: 'reference' | 'system'; why: string }> = {
  tenants: { kind: 'reference', why: 'resolves a tenant code at sign-in before the tenant is known' },
  job_runs: { kind: 'system', why: 'cluster-wide claim of scheduled job runs' },
  kysely_migration: { kind: 'system', why: 'applied migrations' },
  kysely_migration_lock: { kind: 'system', why: 'migration mutex' },
};
