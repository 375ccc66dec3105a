import { describe, expect, it } from 'vitest';
import { cleanMapping, kindKey, pickKind, requiredFields, templateCsv } from './fields.ts';

const MEMBER_FIELDS = [
  { key: 'name', required: true, aliases: ['姓名', 'name'] },
  { key: 'phone', required: true, aliases: ['手机', '手机号'] },
  { key: 'cardNo', required: false, aliases: ['卡号'] },
  { key: 'email', required: false, aliases: ['邮箱'] },
  { key: 'notes', required: false, aliases: ['备注'] },
];

describe('templateCsv', () => {
  it('is a BOM and one header row of the first (Chinese) name of each field', () => {
    const csv = templateCsv(MEMBER_FIELDS);
    expect(csv.startsWith('\uFEFF姓名,手机,卡号,')).toBe(true);
    expect(csv.split(',')).toHaveLength(5);
    expect(csv).not.toContain('\r\n');
  });
});

describe('cleanMapping', () => {
  it('drops fields left unmapped or cleared, and fields of another kind', () => {
    expect(
      cleanMapping({ name: '姓名', phone: '手机', email: undefined, notes: '', sku: '编码' }, MEMBER_FIELDS),
    ).toEqual({ name: '姓名', phone: '手机' });
  });
});

describe('requiredFields and pickKind', () => {
  it('lists the required keys and picks the asked kind only when allowed', () => {
    expect(requiredFields(MEMBER_FIELDS)).toEqual(['name', 'phone']);
    expect(pickKind('products', ['members', 'products'])).toBe('products');
    expect(pickKind('products', ['members'])).toBe('members');
    expect(pickKind(null, [])).toBeUndefined();
  });
});

describe('kindKey', () => {
  it('keeps the plain keys for members and prefixes the kind for the others', () => {
    expect(kindKey('members', 'title')).toBe('import.title');
    expect(kindKey(undefined, 'intro')).toBe('import.intro');
    expect(kindKey('products', 'columnsHelp')).toBe('import.productsColumnsHelp');
    expect(kindKey('history', 'templateFile')).toBe('import.historyTemplateFile');
  });
});
