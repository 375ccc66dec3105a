import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { AppError } from '../../shared/errors.ts';
import { errors, IdParams, IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { exportMembers, exportStoredValueLedger } from './export-members.ts';
import {
  getImport,
  listImportKinds,
  listImports,
  rejectedRowsWorkbook,
  startImport,
  uploadImport,
} from './imports.ts';
import { IMPORT_KIND_NAMES, IMPORT_KINDS } from './kinds.ts';
import { runImport } from './run-import.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_FILE = 50 * 1024 * 1024;
// Every kind's field names; startImport checks that a mapping names only its job's kind's fields.
const fieldNames = [...new Set(Object.values(IMPORT_KINDS).flatMap((k) => Object.keys(k.fields)))] as [
  string,
  ...string[],
];
const MappingSchema = z.partialRecord(z.enum(fieldNames), z.string().max(100));
const ImportKindSchema = z.enum(IMPORT_KIND_NAMES).meta({ id: 'ImportKind' });
// Routes say `signed-in`: the permission depends on the kind (members.import, catalog.manage),
// which the use cases check, for a job by the kind it was uploaded as.
const AUTH = { auth: 'signed-in' as const };

const ImportJobSchema = z
  .object({
    id: IdSchema,
    kind: ImportKindSchema,
    fileName: z.string(),
    fileHash: z.string(),
    status: z.enum(['uploaded', 'running', 'done', 'failed']),
    dryRun: z.boolean(),
    mapping: MappingSchema.nullable(),
    totalRows: z.number().int(),
    processedRows: z.number().int(),
    importedRows: z.number().int().describe('Rows created'),
    updatedRows: z.number().int().describe('Rows that changed an existing record (products: same SKU)'),
    skippedRows: z
      .number()
      .int()
      .describe('Rows left as they are: a member whose phone exists, a product with nothing changed'),
    rejectedRows: z.number().int(),
    createdAt: TimestampSchema,
    finishedAt: TimestampSchema.nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'ImportJob' });

/** Legacy import (upload → map → dry run or run → progress → rejected rows) and member export. */
export function importRoutes(app: App): void {
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    // Spreadsheets arrive as the raw request body; only these routes accept them.
    scope.addContentTypeParser(
      ['text/csv', XLSX, 'application/gzip', 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: MAX_FILE },
      (_req, body, done) => done(null, body),
    );

    scope.post(
      '/imports',
      {
        config: AUTH,
        bodyLimit: MAX_FILE,
        schema: {
          operationId: 'uploadImport',
          tags: ['import'],
          summary:
            'Upload a file to import (CSV, gzipped CSV or .xlsx as the raw body); answers headers, first rows and a mapping',
          querystring: z.strictObject({
            fileName: z.string().min(1).max(200),
            kind: ImportKindSchema.default('members').describe('What the file holds; members when left out'),
          }),
          response: {
            201: z.object({
              job: ImportJobSchema,
              headers: z.array(z.string()),
              sample: z.array(z.array(z.string())),
              mapping: MappingSchema,
              mappingSource: z.enum(['saved', 'guessed']),
            }),
            ...errors(400, 401, 403, 413, 415),
          },
        },
      },
      async (request, reply) => {
        const type =
          request.headers['content-type']?.startsWith('text/csv') ||
          request.headers['content-type']?.startsWith('application/gzip') ||
          /\.csv(\.gz)?$/.test(request.query.fileName.toLowerCase())
            ? 'csv'
            : 'xlsx';
        if (!Buffer.isBuffer(request.body))
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv or .xlsx');
        reply.status(201);
        return uploadImport(
          staffCtx(request),
          { name: request.query.fileName, type, content: request.body },
          request.query.kind,
        );
      },
    );
  });

  app.get(
    '/imports',
    {
      config: AUTH,
      schema: {
        operationId: 'listImports',
        tags: ['import'],
        summary: 'Recent imports of the kinds the user may import (or of one kind)',
        querystring: z.strictObject({ kind: ImportKindSchema.optional() }),
        response: { 200: z.array(ImportJobSchema), ...errors(401, 403) },
      },
    },
    async (request) => listImports(staffCtx(request), request.query.kind),
  );

  app.get(
    '/imports/kinds',
    {
      config: AUTH,
      schema: {
        operationId: 'listImportKinds',
        tags: ['import'],
        summary: 'The kinds of import the user may run, each with the fields a column can map to',
        response: {
          200: z.array(
            z
              .object({
                kind: ImportKindSchema,
                permission: z.string(),
                fields: z.array(
                  z.object({
                    key: z.string(),
                    required: z.boolean(),
                    aliases: z.array(z.string()).describe('Headers recognised; the first is the template’s'),
                  }),
                ),
              })
              .meta({ id: 'ImportKindInfo' }),
          ),
          ...errors(401),
        },
      },
    },
    async (request) => listImportKinds(staffCtx(request)),
  );

  app.get(
    '/imports/:id',
    {
      config: AUTH,
      schema: {
        operationId: 'getImport',
        tags: ['import'],
        summary: 'An import’s status and progress (any app node can answer)',
        params: IdParams,
        response: { 200: ImportJobSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => getImport(staffCtx(request), request.params.id),
  );

  app.post(
    '/imports/:id/run',
    {
      config: AUTH,
      schema: {
        operationId: 'runImport',
        tags: ['import'],
        summary: 'Run (or dry-run) an import with a column mapping; poll getImport for progress',
        params: IdParams,
        body: z.strictObject({ mapping: MappingSchema, dryRun: z.boolean() }),
        response: { 202: ImportJobSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const ctx = staffCtx(request);
      const job = await startImport(ctx, request.params.id, request.body);
      // The work continues after the response; progress is in the database for every node to read.
      setImmediate(() => {
        runImport({ ...ctx, now: new Date() }, job.id).catch((err) =>
          request.log.error({ err, importId: job.id }, 'import failed'),
        );
      });
      reply.status(202);
      return job;
    },
  );

  app.get(
    '/imports/:id/rejected.xlsx',
    {
      config: AUTH,
      schema: {
        operationId: 'downloadImportRejections',
        tags: ['import'],
        summary: 'The rejected rows with the reason for each, as Excel',
        params: IdParams,
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const file = await rejectedRowsWorkbook(staffCtx(request), request.params.id);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="rejected-${request.params.id}.xlsx"`)
        .send(file);
    },
  );

  app.get(
    '/exports/members.xlsx',
    {
      config: { auth: { permission: 'members.export' } },
      schema: {
        operationId: 'exportMembers',
        tags: ['import'],
        summary: 'Every member with balances and points, as Excel (streamed)',
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const stream = await exportMembers(staffCtx(request));
      return reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="members.xlsx"')
        .send(stream);
    },
  );

  app.get(
    '/exports/stored-value-ledger.xlsx',
    {
      config: { auth: { permission: 'members.export' } },
      schema: {
        operationId: 'exportStoredValueLedger',
        tags: ['import'],
        summary: 'The stored-value ledger of a period, as Excel (streamed)',
        querystring: z.strictObject({ from: z.iso.datetime().optional(), to: z.iso.datetime().optional() }),
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const stream = await exportStoredValueLedger(staffCtx(request), request.query);
      return reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="stored-value-ledger.xlsx"')
        .send(stream);
    },
  );
}
