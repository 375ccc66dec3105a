import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { getImport, type ImportJob, startImport, uploadImport } from '../imports/imports.ts';
import { runImport } from '../imports/run-import.ts';
import { HISTORY_PRESETS } from './history-row.ts';

/**
 * Imports a sales-history file in one go (the command line's `import-history`): upload, map by
 * the preset (or by the guessed mapping when none is named), run, and answer the finished job.
 */
export async function importHistoryFile(
  ctx: Ctx,
  file: { name: string; content: Buffer },
  options: { preset?: string; dryRun?: boolean } = {},
): Promise<ImportJob> {
  const preset = options.preset ? HISTORY_PRESETS[options.preset] : undefined;
  if (options.preset && !preset) {
    throw new AppError('VALIDATION_FAILED', `Unknown preset ${options.preset}`, {
      field: 'preset',
      presets: Object.keys(HISTORY_PRESETS),
    });
  }
  const type = /\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv';
  const upload = await uploadImport(ctx, { name: file.name, type, content: file.content }, 'history');
  const mapping = preset ?? upload.mapping;
  const missing = Object.values(mapping).filter((h) => h && !upload.headers.includes(h));
  if (missing.length) {
    throw new AppError('VALIDATION_FAILED', `The file has no column ${missing.join(', ')}`, {
      field: 'mapping',
      fields: missing,
    });
  }
  const job = await startImport(ctx, upload.job.id, { mapping, dryRun: options.dryRun ?? false });
  await runImport(ctx, job.id);
  return getImport(ctx, job.id);
}
