import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.gen.ts';

/** A non-2xx answer from the API, carrying the server's stable error code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export type Schemas = components['schemas'];
export type User = Schemas['User'];
export type Role = Schemas['Role'];
export type Store = Schemas['Store'];
export type Me = paths['/api/v1/auth/me']['get']['responses'][200]['content']['application/json'];
export type Permission = Me['permissions'][number];
export type TenantSettings =
  paths['/api/v1/settings']['get']['responses'][200]['content']['application/json'];
export type AuditPage = paths['/api/v1/audit']['get']['responses'][200]['content']['application/json'];
export type AuditEntry = AuditPage['items'][number];
export type AuditQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;
export type Member = Schemas['Member'];
export type CreateMemberBody = NonNullable<
  paths['/api/v1/members']['post']['requestBody']
>['content']['application/json'];
export type UpdateMemberBody = NonNullable<
  paths['/api/v1/members/{id}']['patch']['requestBody']
>['content']['application/json'];
export type MemberPage = paths['/api/v1/members']['get']['responses'][200]['content']['application/json'];
export type MemberHit = MemberPage['items'][number];
export type MemberStatus = Member['status'];
export type RechargePlan = Schemas['RechargePlan'];
export type Recharge = Schemas['Recharge'];
export type PaymentMethod = Recharge['paymentMethod'];
export type RechargeResult =
  paths['/api/v1/members/{id}/recharges']['post']['responses'][201]['content']['application/json'];
export type RefundResult =
  paths['/api/v1/recharges/{id}/refund']['post']['responses'][200]['content']['application/json'];
export type StoredValue =
  paths['/api/v1/members/{id}/stored-value']['get']['responses'][200]['content']['application/json'];
export type StoredValuePage =
  paths['/api/v1/members/{id}/stored-value/entries']['get']['responses'][200]['content']['application/json'];
export type StoredValueEntry = StoredValuePage['items'][number];
export type LevelBasis = TenantSettings['settings']['levelBasis'];
export type Level = Schemas['Level'];
export type LevelChange = Schemas['LevelChange'];
export type CreateLevelBody = NonNullable<
  paths['/api/v1/levels']['post']['requestBody']
>['content']['application/json'];
export type Points =
  paths['/api/v1/members/{id}/points']['get']['responses'][200]['content']['application/json'];
export type PointsLot = Points['lots'][number];
export type PointsPage =
  paths['/api/v1/members/{id}/points/entries']['get']['responses'][200]['content']['application/json'];
export type PointsEntry = PointsPage['items'][number];
export type CardProduct = Schemas['CardProduct'];
export type CreateCardProductBody = NonNullable<
  paths['/api/v1/card-products']['post']['requestBody']
>['content']['application/json'];
export type MemberCard = Schemas['MemberCard'];
export type CardRefundResult =
  paths['/api/v1/cards/{id}/refund']['post']['responses'][200]['content']['application/json'];
export type Adjustment = Schemas['Adjustment'];
export type AdjustmentStatus = Adjustment['status'];
export type ImportJob = Schemas['ImportJob'];
export type ImportStatus = ImportJob['status'];
export type ImportUpload = paths['/api/v1/imports']['post']['responses'][201]['content']['application/json'];
/** Target field → the file's column header. */
export type ImportMapping = ImportUpload['mapping'];
export type ImportKind = Schemas['ImportKind'];
export type ImportKindInfo = Schemas['ImportKindInfo'];
export type TimelinePage =
  paths['/api/v1/members/{id}/timeline']['get']['responses'][200]['content']['application/json'];
export type TimelineEvent = TimelinePage['items'][number];
export type TimelineSource = TimelineEvent['source'];

let onUnauthorized: ((response: Response) => void) | null = null;

/** The admin app installs this to send the user to the sign-in page when a session ends. */
export function setUnauthorizedHandler(handler: ((response: Response) => void) | null): void {
  onUnauthorized = handler;
}

const SIGN_IN_PATH = '/api/v1/auth/login';

const unauthorizedMiddleware: Middleware = {
  onResponse({ response }) {
    // A wrong password also answers 401; that one belongs to the sign-in form.
    if (
      response.status === 401 &&
      !new URL(response.url, window.location.href).pathname.endsWith(SIGN_IN_PATH)
    ) {
      onUnauthorized?.(response);
    }
    return undefined;
  },
};

// Same origin: the session cookie goes along by default.
export const api = createClient<paths>({ baseUrl: '' });
api.use(unauthorizedMiddleware);

function toApiError(response: Response, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  if (error && typeof error.code === 'string') {
    return new ApiError(response.status, error.code, String(error.message ?? error.code), error.details);
  }
  return new ApiError(
    response.status,
    response.status >= 500 ? 'INTERNAL_ERROR' : 'HTTP_ERROR',
    response.statusText,
  );
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError for a non-2xx answer. */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (cause) {
    throw new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : String(cause));
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as T;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Uploads a file to import (members unless another kind is given). The server takes the file as the raw body (not multipart), so
 * a 50 MB spreadsheet is streamed once; going through `api` keeps the 401 → sign-in handling.
 */
export function uploadImportFile(file: File, kind: ImportKind = 'members'): Promise<ImportUpload> {
  const name = file.name.toLowerCase();
  // A .csv.gz (a gzipped CSV, e.g. a sales history) is read as CSV by the server.
  const type = name.endsWith('.csv') ? 'text/csv' : name.endsWith('.gz') ? 'application/gzip' : XLSX_TYPE;
  return unwrap(
    api.POST('/api/v1/imports', {
      params: { query: { fileName: file.name, kind } },
      // The schema has no JSON body for this route; the File goes out untouched.
      body: file as never,
      bodySerializer: (body) => body,
      headers: { 'content-type': type },
    }),
  );
}
