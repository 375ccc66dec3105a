import type { PassThrough } from 'node:stream';
import type { Ctx } from '../../shared/context.ts';
import { hasPermission, requirePermission } from '../auth/permissions.ts';
import { streamSheet, YUAN, yuanCell } from '../imports/xlsx-stream.ts';
import { maskPhone } from '../members/identity.ts';
import type { SegmentRules } from './segment-rules.ts';
import { segmentQuery } from './segments.ts';

export interface SegmentMember {
  id: string;
  name: string;
  phone: string | null;
  levelId: string | null;
  homeStoreId: string | null;
  cumulativeSpendCents: number;
  birthday: string | null;
  smsConsent: boolean;
  emailConsent: boolean;
}

const COLUMNS = [
  'm.id',
  'm.name',
  'm.phone',
  'm.level_id',
  'm.home_store_id',
  'm.cumulative_spend_cents',
  'm.birthday',
  'm.sms_consent',
  'm.email_consent',
  'm.tags',
] as const;

async function page(ctx: Ctx, rules: SegmentRules, after: string | null, limit: number) {
  let q = (await segmentQuery(ctx, rules)).select([...COLUMNS]);
  if (after) q = q.where('m.id', '>', after);
  return q.orderBy('m.id').limit(limit).execute();
}

function view(ctx: Ctx, r: Awaited<ReturnType<typeof page>>[number]): SegmentMember {
  const unmasked = hasPermission(ctx.actor, 'members.phone.unmasked');
  return {
    id: r.id,
    name: r.name,
    phone: unmasked ? r.phone : maskPhone(r.phone),
    levelId: r.level_id,
    homeStoreId: r.home_store_id,
    cumulativeSpendCents: r.cumulative_spend_cents,
    birthday: r.birthday,
    smsConsent: r.sms_consent === 1,
    emailConsent: r.email_consent === 1,
  };
}

/** The first members of a segment (by id), phones masked unless the actor may see them. */
export async function previewSegment(ctx: Ctx, rules: SegmentRules, limit = 50): Promise<SegmentMember[]> {
  requirePermission(ctx.actor, 'engagement.read');
  return (await page(ctx, rules, null, limit)).map((r) => view(ctx, r));
}

/** Every member of a segment as a streamed .xlsx (pages of 1,000 rows). */
export async function exportSegment(ctx: Ctx, rules: SegmentRules): Promise<PassThrough> {
  requirePermission(ctx.actor, 'engagement.read');
  requirePermission(ctx.actor, 'members.export');
  async function* pages() {
    let after: string | null = null;
    for (;;) {
      const rows = await page(ctx, rules, after, 1000);
      yield rows.map((r) => {
        const v = view(ctx, r);
        return {
          name: v.name,
          phone: v.phone,
          spend: yuanCell(v.cumulativeSpendCents),
          birthday: v.birthday,
          sms: v.smsConsent ? '✓' : '',
          email: v.emailConsent ? '✓' : '',
          tags: (JSON.parse(r.tags) as string[]).join(', '),
        };
      });
      if (rows.length < 1000) return;
      after = rows.at(-1)!.id;
    }
  }
  return streamSheet(
    ctx,
    'segment',
    [
      { header: '姓名 Name', key: 'name' },
      { header: '手机 Phone', key: 'phone' },
      { header: '累计消费 Spend (¥)', key: 'spend', width: 16, numFmt: YUAN },
      { header: '生日 Birthday', key: 'birthday' },
      { header: '短信同意 SMS', key: 'sms', width: 10 },
      { header: '邮件同意 Email', key: 'email', width: 10 },
      { header: '标签 Tags', key: 'tags', width: 16 },
    ],
    pages(),
  );
}
