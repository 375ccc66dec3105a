import { readStored, writeStored } from '../../lib/storage.ts';

export type PaperWidth = 58 | 80;
const KEY = 'md.receipt.paper';

/** The receipt printer's paper, remembered per device (a till has one printer). */
export function readPaperWidth(): PaperWidth {
  return readStored(KEY) === '58' ? 58 : 80;
}

export function writePaperWidth(width: PaperWidth): void {
  writeStored(KEY, String(width));
}
