import { sql } from 'kysely';
import type { AutomationKind, Db } from '../../db/schema.ts';
import { type Ctx, systemCtx } from '../../shared/context.ts';
import { formatYuan } from '../../shared/money.ts';
import { zoneOffsetMinutes } from '../../shared/time.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { birthdayIn } from '../members/birthday.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { type AppointmentReminderParams, appointmentReminderCandidates } from './appointment-reminder.ts';
import { AUTOMATION_PURPOSE, type AutomationParams, loadAutomations } from './automations.ts';
import { enqueueMessage } from './enqueue-message.ts';
import { type FollowUpParams, runFollowUpAutomation } from './follow-up-automation.ts';
import { issueEngagementCoupons } from './issue-engagement-coupons.ts';
import { renderTemplate } from './render-template.ts';

const DAY_MS = 86_400_000;
/** How far back level-ups and spends are looked for: a node that was off for a while catches up. */
const LOOKBACK_DAYS = 3;

/** One member's event: the key makes it once per (automation, member, event). */
interface Candidate {
  memberId: string;
  name: string;
  eventKey: string;
  vars: Record<string, string | number>;
}

type Params = {
  channel: 'sms' | 'email' | 'inbox';
  subject: string;
  text: string;
  couponTemplateId?: string | null;
};

function localDate(now: Date, timeZone: string, plusDays = 0): string {
  const local = new Date(now.getTime() + zoneOffsetMinutes(now, timeZone) * 60_000 + plusDays * DAY_MS);
  return local.toISOString().slice(0, 10);
}

async function birthdayCandidates(ctx: Ctx, p: AutomationParams<'birthday'>): Promise<Candidate[]> {
  const { timezone } = await getTenantProfile(ctx);
  const target = localDate(ctx.now, timezone, p.daysBefore);
  const year = Number(target.slice(0, 4));
  const month = target.slice(5, 7);
  // Solar birthdays of the month in SQL; lunar ones move every year, so they are checked in code.
  const rows = await ctx.db
    .selectFrom('members')
    .select(['id', 'name', 'birthday', 'birthday_calendar'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('status', '=', 'active')
    .where('birthday', 'is not', null)
    .where((eb) =>
      eb.or([eb('birthday_calendar', '=', 'lunar'), eb(sql<string>`substr(birthday, 6, 2)`, '=', month)]),
    )
    .execute();
  return rows
    .filter((r) => birthdayIn(r.birthday, r.birthday_calendar, year) === target)
    .map((r) => ({ memberId: r.id, name: r.name, eventKey: String(year), vars: {} }));
}

async function winBackCandidates(ctx: Ctx, p: AutomationParams<'win_back'>): Promise<Candidate[]> {
  const cutoff = new Date(ctx.now.getTime() - p.dormantDays * DAY_MS).toISOString();
  const rows = await ctx.db
    .selectFrom('orders as o')
    .innerJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'o.tenant_id').onRef('m.id', '=', 'o.member_id'),
    )
    .select(['m.id', 'm.name', (eb) => eb.fn.max('o.created_at').as('last')])
    .where('o.tenant_id', '=', ctx.tenantId)
    .where('o.status', '!=', 'refunded')
    .where('m.status', '=', 'active')
    .groupBy(['m.id', 'm.name'])
    .having((eb) => eb.fn.max('o.created_at'), '<', cutoff)
    .execute();
  // Keyed by the last visit: a member who comes back and lapses again is welcomed back again.
  return rows.map((r) => ({
    memberId: r.id,
    name: r.name,
    eventKey: `since:${String(r.last)}`,
    vars: { days: Math.floor((ctx.now.getTime() - new Date(String(r.last)).getTime()) / DAY_MS) },
  }));
}

async function levelUpCandidates(ctx: Ctx): Promise<Candidate[]> {
  const since = new Date(ctx.now.getTime() - LOOKBACK_DAYS * DAY_MS).toISOString();
  const rows = await ctx.db
    .selectFrom('member_level_history as h')
    .innerJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'h.tenant_id').onRef('m.id', '=', 'h.member_id'),
    )
    .innerJoin('levels as t', (j) =>
      j.onRef('t.tenant_id', '=', 'h.tenant_id').onRef('t.id', '=', 'h.to_level_id'),
    )
    .leftJoin('levels as f', (j) =>
      j.onRef('f.tenant_id', '=', 'h.tenant_id').onRef('f.id', '=', 'h.from_level_id'),
    )
    .select([
      'h.id',
      'm.id as member_id',
      'm.name',
      't.name as level',
      't.rank as to_rank',
      'f.rank as from_rank',
    ])
    .where('h.tenant_id', '=', ctx.tenantId)
    .where('h.at', '>=', since)
    .where('m.status', '=', 'active')
    .execute();
  return rows
    .filter((r) => r.from_rank === null || r.to_rank > r.from_rank)
    .map((r) => ({
      memberId: r.member_id,
      name: r.name,
      eventKey: `history:${r.id}`,
      vars: { level: r.level },
    }));
}

async function balanceLowCandidates(ctx: Ctx): Promise<Candidate[]> {
  const { settings } = await getTenantProfile(ctx);
  const since = new Date(ctx.now.getTime() - LOOKBACK_DAYS * DAY_MS).toISOString();
  const rows = await ctx.db
    .selectFrom('stored_value_accounts as a')
    .innerJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'a.tenant_id').onRef('m.id', '=', 'a.member_id'),
    )
    .select(['m.id', 'm.name', 'a.principal_cents', 'a.bonus_cents'])
    .select((eb) =>
      eb
        .selectFrom('stored_value_ledger as l')
        .select((e) => e.fn.max('l.at').as('last'))
        .whereRef('l.tenant_id', '=', 'a.tenant_id')
        .whereRef('l.member_id', '=', 'a.member_id')
        .where('l.kind', 'in', ['recharge', 'opening'])
        .as('last_topup'),
    )
    .where('a.tenant_id', '=', ctx.tenantId)
    .where('m.status', '=', 'active')
    .where(sql<number>`a.principal_cents + a.bonus_cents`, '<', settings.balanceLowThresholdCents)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('stored_value_ledger as s')
          .select('s.id')
          .whereRef('s.tenant_id', '=', 'a.tenant_id')
          .whereRef('s.member_id', '=', 'a.member_id')
          .where('s.kind', '=', 'spend')
          .where('s.at', '>=', since),
      ),
    )
    .execute();
  // Once per top-up: the reminder comes again only after the member recharged and ran low again.
  return rows.map((r) => ({
    memberId: r.id,
    name: r.name,
    eventKey: `after:${r.last_topup ?? 'none'}`,
    vars: { balance: formatYuan(r.principal_cents + r.bonus_cents, '') },
  }));
}

async function cardExpiringCandidates(ctx: Ctx, p: AutomationParams<'card_expiring'>): Promise<Candidate[]> {
  const until = new Date(ctx.now.getTime() + p.daysBefore * DAY_MS).toISOString();
  const rows = await ctx.db
    .selectFrom('member_cards as c')
    .innerJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'c.tenant_id').onRef('m.id', '=', 'c.member_id'),
    )
    .select(['c.id', 'c.name as card', 'c.expires_at', 'm.id as member_id', 'm.name'])
    .where('c.tenant_id', '=', ctx.tenantId)
    .where('c.status', '=', 'active')
    .where('c.expires_at', '>', ctx.now.toISOString())
    .where('c.expires_at', '<=', until)
    .where('m.status', '=', 'active')
    .execute();
  return rows.map((r) => ({
    memberId: r.member_id,
    name: r.name,
    eventKey: `card:${r.id}`,
    vars: { card: r.card, days: Math.ceil((new Date(r.expires_at!).getTime() - ctx.now.getTime()) / DAY_MS) },
  }));
}

async function couponExpiringCandidates(
  ctx: Ctx,
  p: AutomationParams<'coupon_expiring'>,
): Promise<Candidate[]> {
  const until = new Date(ctx.now.getTime() + p.daysBefore * DAY_MS).toISOString();
  // Read-only use of the coupons module's tables (like the campaign report): unused coupons only.
  const rows = await ctx.db
    .selectFrom('coupons as c')
    .innerJoin('coupon_templates as t', (j) =>
      j.onRef('t.tenant_id', '=', 'c.tenant_id').onRef('t.id', '=', 'c.template_id'),
    )
    .innerJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'c.tenant_id').onRef('m.id', '=', 'c.member_id'),
    )
    .select(['c.id', 'c.expires_at', 't.name as coupon', 'm.id as member_id', 'm.name'])
    .where('c.tenant_id', '=', ctx.tenantId)
    .where('c.status', '=', 'issued')
    .where('c.expires_at', '>', ctx.now.toISOString())
    .where('c.expires_at', '<=', until)
    .where('m.status', '=', 'active')
    .execute();
  // Keyed by the coupon: one reminder per coupon, however many runs see it in its window.
  return rows.map((r) => ({
    memberId: r.member_id,
    name: r.name,
    eventKey: `coupon:${r.id}`,
    vars: {
      coupon: r.coupon,
      days: Math.ceil((new Date(r.expires_at).getTime() - ctx.now.getTime()) / DAY_MS),
    },
  }));
}

/**
 * Reaches one member for one event, once: the automation_runs row is inserted first (its key is
 * (kind, member, event)); only the transaction whose insert lands queues the message. A second
 * run, or a second node racing this one, finds the key taken and does nothing.
 */
async function reach(ctx: Ctx, kind: AutomationKind, params: Params, c: Candidate): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    const at = tx.now.toISOString();
    const landed = await tx.db
      .insertInto('automation_runs')
      .values({
        tenant_id: tx.tenantId,
        kind,
        member_id: c.memberId,
        event_key: c.eventKey,
        message_id: null,
        created_at: at,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'kind', 'member_id', 'event_key']).doNothing())
      .returning('member_id')
      .executeTakeFirst();
    if (!landed) return false;
    const message = await enqueueMessage(tx, {
      memberId: c.memberId,
      channel: params.channel,
      purpose: AUTOMATION_PURPOSE[kind],
      template: `automation:${kind}`,
      subject: params.subject,
      body: renderTemplate(params.text, { name: c.name, ...c.vars }),
      sourceType: 'automation',
      sourceId: kind,
    });
    await tx.db
      .updateTable('automation_runs')
      .set({ message_id: message.id })
      .where('tenant_id', '=', tx.tenantId)
      .where('kind', '=', kind)
      .where('member_id', '=', c.memberId)
      .where('event_key', '=', c.eventKey)
      .execute();
    if (params.couponTemplateId && message.status !== 'skipped') {
      await issueEngagementCoupons(tx, {
        templateId: params.couponTemplateId,
        memberIds: [c.memberId],
        source: kind === 'birthday' ? 'birthday' : 'campaign',
        sourceRef: `automation:${kind}:${c.eventKey}`,
      });
    }
    return true;
  });
}

export type AutomationSummary = Partial<Record<AutomationKind, number>>;

/** Runs every enabled automation of one tenant; answers how many members each one reached. */
export async function runAutomations(db: Db, tenantId: string, now: Date): Promise<AutomationSummary> {
  const ctx = systemCtx(db, tenantId, now, 'automations');
  const summary: AutomationSummary = {};
  for (const a of await loadAutomations(ctx)) {
    if (!a.enabled) continue;
    let candidates: Candidate[];
    switch (a.kind) {
      case 'birthday':
        candidates = await birthdayCandidates(ctx, a.params as AutomationParams<'birthday'>);
        break;
      case 'win_back':
        candidates = await winBackCandidates(ctx, a.params as AutomationParams<'win_back'>);
        break;
      case 'level_up':
        candidates = await levelUpCandidates(ctx);
        break;
      case 'balance_low':
        candidates = await balanceLowCandidates(ctx);
        break;
      case 'card_expiring':
        candidates = await cardExpiringCandidates(ctx, a.params as AutomationParams<'card_expiring'>);
        break;
      case 'appointment_reminder':
        candidates = await appointmentReminderCandidates(ctx, a.params as AppointmentReminderParams);
        break;
      case 'follow_up':
        summary.follow_up = await runFollowUpAutomation(ctx, a.params as FollowUpParams);
        continue;
      case 'coupon_expiring':
        candidates = await couponExpiringCandidates(ctx, a.params as AutomationParams<'coupon_expiring'>);
        break;
    }
    let reached = 0;
    for (const c of candidates) if (await reach(ctx, a.kind, a.params as Params, c)) reached++;
    summary[a.kind] = reached;
  }
  return summary;
}
