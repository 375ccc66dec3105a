import type { TFunction } from 'i18next';
import type { ImportKind, ImportKindInfo } from '../../../api/client.ts';
import { toCsv } from '../../../lib/export.ts';

/** Target field → the header of the file's column that fills it. */
export type Mapping = Partial<Record<string, string>>;

/** The field list of a kind comes from the server (`GET /imports/kinds`), in mapping order. */
export type KindFields = ImportKindInfo['fields'];

/** A field's label: members keep their `import.field_*` keys, other kinds have `import.<kind>Field_*`. */
export function fieldLabel(t: TFunction, kind: ImportKind, key: string): string {
  return t(kind === 'members' ? `import.field_${key}` : `import.${kind}Field_${key}`);
}

/**
 * A kind's own text: members keep the plain `import.<name>` keys, other kinds have
 * `import.<kind><Name>` (`import.productsTitle`, `import.historyIntro`).
 */
export function kindKey(kind: ImportKind | undefined, name: string): string {
  return !kind || kind === 'members'
    ? `import.${name}`
    : `import.${kind}${name[0]!.toUpperCase()}${name.slice(1)}`;
}

/** The fields the server refuses to run without. */
export function requiredFields(fields: KindFields): string[] {
  return fields.filter((f) => f.required).map((f) => f.key);
}

/**
 * A header-only CSV (UTF-8 with BOM, so Excel on Chinese Windows opens it correctly). The headers
 * are each field's first alias, always Chinese whatever the UI language: names the server
 * recognises when it guesses the mapping, so a filled-in template maps itself.
 */
export function templateCsv(fields: KindFields): string {
  return toCsv(
    fields.map((f) => ({ title: f.aliases[0] ?? f.key, value: () => '' })),
    [],
  );
}

/** Keeps only this kind's mapped fields: the server validates every value as a header name. */
export function cleanMapping(mapping: Mapping, fields: KindFields): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key } of fields) {
    const header = mapping[key];
    if (header) out[key] = header;
  }
  return out;
}

/** The kind asked for in the address (`?kind=products`), if the user may import it, else the first. */
export function pickKind(wanted: string | null, kinds: readonly ImportKind[]): ImportKind | undefined {
  return kinds.find((k) => k === wanted) ?? kinds[0];
}

/** Same origin, so the session cookie goes along: a plain link downloads the file. */
export function rejectedRowsUrl(jobId: string): string {
  return `/api/v1/imports/${encodeURIComponent(jobId)}/rejected.xlsx`;
}
