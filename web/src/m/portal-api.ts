import { ApiError, api, unwrap } from '../api/client.ts';
import type { paths } from '../api/schema.gen.ts';
import { readStored, writeStored } from '../lib/storage.ts';

type Json<P extends keyof paths, M extends 'get' | 'post' | 'patch'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type Account = Json<'/api/v1/portal/me', 'get'>;
export type MemberCode = Json<'/api/v1/portal/code', 'get'>;
export type Coupons = Json<'/api/v1/portal/coupons', 'get'>;
export type Coupon = Coupons['usable'][number];
export type OrdersPage = Json<'/api/v1/portal/orders', 'get'>;
export type RechargesPage = Json<'/api/v1/portal/recharges', 'get'>;
export type Profile = Json<'/api/v1/portal/profile', 'patch'>;
export type ProfilePatch = NonNullable<
  paths['/api/v1/portal/profile']['patch']['requestBody']
>['content']['application/json'];

// The store's QR link carries the merchant (?t=) and the store (?s=); both are kept for sign-in.
const TENANT_KEY = 'md.m.tenant';
const STORE_KEY = 'md.m.store';

export function rememberLinkParams(search: string): void {
  const params = new URLSearchParams(search);
  const tenant = params.get('t');
  const store = params.get('s');
  if (tenant) writeStored(TENANT_KEY, tenant);
  if (store) writeStored(STORE_KEY, store);
}

const tenant = () => readStored(TENANT_KEY) ?? undefined;

export const portal = {
  requestCode: (phone: string) =>
    unwrap(api.POST('/api/v1/portal/otp', { body: { tenant: tenant(), phone } })),
  signIn: (body: {
    phone: string;
    code: string;
    name?: string;
    smsConsent: boolean;
    emailConsent: boolean;
  }) =>
    unwrap(
      api.POST('/api/v1/portal/session', {
        body: { tenant: tenant(), storeCode: readStored(STORE_KEY) ?? undefined, ...body },
      }),
    ),
  signOut: () => unwrap(api.DELETE('/api/v1/portal/session')),
  account: () => unwrap(api.GET('/api/v1/portal/me')),
  code: () => unwrap(api.GET('/api/v1/portal/code')),
  coupons: () => unwrap(api.GET('/api/v1/portal/coupons')),
  orders: (cursor?: string) => unwrap(api.GET('/api/v1/portal/orders', { params: { query: { cursor } } })),
  recharges: (cursor?: string) =>
    unwrap(api.GET('/api/v1/portal/recharges', { params: { query: { cursor } } })),
  updateProfile: (body: ProfilePatch) => unwrap(api.PATCH('/api/v1/portal/profile', { body })),
};

export function isSignedOut(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local calendar day of an ISO timestamp; no date library here, so the phone bundle stays small. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function localDateTime(iso: string): string {
  const d = new Date(iso);
  return `${localDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
