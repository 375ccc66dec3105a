/**
 * Every error a client can see. Codes are stable: clients and tests match on them, so rename
 * nothing here — add new codes instead.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  BAD_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_EXPIRED: 401,
  LOGIN_LOCKED: 429,
  RATE_LIMITED: 429,
  CSRF_REJECTED: 403,
  FORBIDDEN: 403,
  STORE_FORBIDDEN: 403,
  USER_DISABLED: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  TENANT_NOT_FOUND: 404,
  STORE_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  ROLE_NOT_FOUND: 404,
  STORE_CODE_TAKEN: 409,
  USERNAME_TAKEN: 409,
  ROLE_CODE_TAKEN: 409,
  TENANT_CODE_TAKEN: 409,
  ROLE_IN_USE: 409,
  BUILTIN_ROLE_READONLY: 409,
  CANNOT_DISABLE_SELF: 409,
  LAST_OWNER: 409,
  WRONG_PASSWORD: 400,
  WEAK_PASSWORD: 400,
  INVALID_AMOUNT: 400,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_IN_PROGRESS: 409,
  INVALID_PHONE: 400,
  MEMBER_NOT_FOUND: 404,
  REFERRER_NOT_FOUND: 404,
  PHONE_TAKEN: 409,
  CARD_NO_TAKEN: 409,
  MEMBER_FROZEN: 409,
  MEMBER_ERASED: 409,
  ERASE_NOT_CONFIRMED: 400,
  PLAN_NOT_FOUND: 404,
  RECHARGE_NOT_FOUND: 404,
  RECHARGE_ALREADY_REFUNDED: 409,
  NOTHING_TO_REFUND: 409,
  INSUFFICIENT_BALANCE: 409,
  CROSS_STORE_DENIED: 403,
  ADJUSTMENT_NOT_FOUND: 404,
  ADJUSTMENT_DECIDED: 409,
  SELF_APPROVAL: 403,
  LEVEL_NOT_FOUND: 404,
  LEVEL_RANK_TAKEN: 409,
  LEVEL_THRESHOLD_ORDER: 409,
  LEVEL_IN_USE: 409,
  INTERNAL_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
