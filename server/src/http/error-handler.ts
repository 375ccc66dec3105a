import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, isAppError } from '../shared/errors.ts';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

function fromFramework(err: FastifyError): AppError | null {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((issue) => ({
      field: [err.validationContext, ...(issue.instancePath ?? '').split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'invalid',
    }));
    const first = issues[0];
    return new AppError('VALIDATION_FAILED', first ? `${first.field}: ${first.message}` : 'Invalid request', {
      issues,
    });
  }
  const status = err.statusCode ?? 500;
  // The router refuses these before any route runs (an over-long or malformed path segment).
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH' || err.code === 'FST_ERR_BAD_URL') {
    return new AppError('VALIDATION_FAILED', 'A part of the address is malformed or too long');
  }
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large');
  }
  if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new AppError('BAD_JSON', 'The body is empty but the content type says JSON');
  }
  if (
    err instanceof SyntaxError ||
    err.code?.startsWith('FST_ERR_CTP_') ||
    err.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
  ) {
    return new AppError('BAD_JSON', 'The body is not valid JSON');
  }
  if (status >= 400 && status < 500 && err.validation) {
    return new AppError('VALIDATION_FAILED', err.message);
  }
  return null;
}

/**
 * A foreign key the database refused: the request named a row (a store, a product…) that does not
 * exist in the tenant. Use cases check what they can; this is the net under them, and since the
 * statement failed inside the use case's transaction, nothing was written.
 */
function fromDatabase(err: { code?: unknown }): AppError | null {
  if (err.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || err.code === '23503') {
    return new AppError('UNKNOWN_REFERENCE', 'The request refers to something that does not exist');
  }
  return null;
}

/** Maps every error to `{ error: { code, message, details } }`; nothing internal reaches a client. */
export function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const dbError = isAppError(err) ? null : fromDatabase(err);
  if (dbError) request.log.warn({ err }, 'foreign key refused: a use case missed a check');
  const appError = isAppError(err) ? err : (dbError ?? fromFramework(err));
  if (appError) {
    if (appError.code === 'LOGIN_LOCKED' || appError.code === 'RATE_LIMITED') {
      const retry = (appError.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retry) reply.header('retry-after', String(retry));
    }
    reply.status(appError.status).send(errorBody(appError.code, appError.message, appError.details));
    return;
  }
  if (isResponseSerializationError(err)) {
    request.log.error({ err, issues: err.cause.issues }, 'response did not match its schema');
  } else {
    request.log.error({ err }, 'unhandled error');
  }
  reply
    .status(500)
    .send(errorBody('INTERNAL_ERROR', 'Something went wrong on our side', { requestId: request.id }));
}
