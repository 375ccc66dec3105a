import { RFM_CLASSES, type RfmMember } from './compute-rfm.ts';

export const RFM_CSV_HEADER = [
  'member_ref',
  'recency_days',
  'frequency',
  'monetary_cents',
  'r_score',
  'f_score',
  'm_score',
  'rfm_class',
] as const;

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line per member, the class as its Chinese name (重要价值 …), UTF-8, LF line ends. */
export function rfmCsv(rows: readonly RfmMember[]): string {
  const lines = [RFM_CSV_HEADER.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.memberRef,
        r.recencyDays,
        r.frequency,
        r.monetaryCents,
        r.rScore,
        r.fScore,
        r.mScore,
        RFM_CLASSES[r.rfmClass].label,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
