import type { Schemas } from '../../../api/client.ts';
import type { paths } from '../../../api/schema.gen.ts';

export type StockLevel = Schemas['StockLevel'];
export type StockEntry = Schemas['StockEntry'];
export type StockProduct = Schemas['StockProduct'];
export type Supplier = Schemas['Supplier'];
export type PurchaseOrder = Schemas['PurchaseOrder'];
export type StockTransfer = Schemas['StockTransfer'];
export type Stocktake = Schemas['Stocktake'];
export type StockQuery = NonNullable<paths['/api/v1/inventory/stock']['get']['parameters']['query']>;
