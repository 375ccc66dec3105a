import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../server/src/modules/auth/permissions.ts';
import { ERROR_CODES } from '../../../server/src/shared/errors.ts';
import en from './en.json';
import zh from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

describe('message files', () => {
  const zhKeys = leaves(zh as Tree);
  const enKeys = leaves(en as Tree);

  it('zh-CN and English have exactly the same keys, none empty', () => {
    expect([...enKeys.keys()].filter((k) => !zhKeys.has(k))).toEqual([]);
    expect([...zhKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...zhKeys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    expect([...enKeys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('every permission has a label', () => {
    expect(
      PERMISSIONS.filter((p) => !(zh as { permissions: Record<string, string> }).permissions[p]),
    ).toEqual([]);
  });

  it('every error code the server can send has a message', () => {
    const errors = (zh as { errors: Record<string, string> }).errors;
    expect(Object.keys(ERROR_CODES).filter((code) => !errors[code])).toEqual([]);
  });
});
