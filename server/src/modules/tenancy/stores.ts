import type { Selectable } from 'kysely';
import type { StoreOwnership, StoreStatus, StoresTable } from '../../db/schema.ts';

export interface Store {
  id: string;
  code: string;
  name: string;
  address: string;
  phone: string;
  ownership: StoreOwnership;
  status: StoreStatus;
  createdAt: string;
  updatedAt: string;
}

export function toStore(row: Selectable<StoresTable>): Store {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    address: row.address,
    phone: row.phone,
    ownership: row.ownership,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
