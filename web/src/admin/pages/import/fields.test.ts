import { describe, expect, it } from 'vitest';
import { cleanMapping, templateCsv } from './fields.ts';

describe('templateCsv', () => {
  it('is a BOM and one header row of the Chinese names the server recognises', () => {
    const csv = templateCsv();
    expect(csv.startsWith('\uFEFF姓名,手机号,卡号,')).toBe(true);
    expect(csv.split(',')).toHaveLength(16);
    expect(csv).not.toContain('\r\n');
  });
});

describe('cleanMapping', () => {
  it('drops fields left unmapped or cleared', () => {
    expect(cleanMapping({ name: '姓名', phone: '手机', email: undefined, notes: '' })).toEqual({
      name: '姓名',
      phone: '手机',
    });
  });
});
