import { z } from 'zod';
import type { AutomationKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { AppointmentReminderParamsSchema } from './appointment-reminder.ts';
import { FollowUpParamsSchema } from './follow-up-automation.ts';

const Channel = z.enum(['sms', 'email', 'inbox']);
const Text = z.string().min(1).max(500);
const Subject = z.string().max(100);

/** Each automation's parameters, with the defaults a new tenant starts with. */
export const AutomationParamSchemas = {
  birthday: z.strictObject({
    channel: Channel.default('sms'),
    subject: Subject.default('生日快乐'),
    text: Text.default('{{name}}，祝您生日快乐！本月到店消费享会员专属礼遇。'),
    /** Greet this many days before the birthday (0 = on the day). */
    daysBefore: z.number().int().min(0).max(30).default(0),
    couponTemplateId: z.uuid().nullable().default(null),
  }),
  win_back: z.strictObject({
    channel: Channel.default('sms'),
    subject: Subject.default('好久不见'),
    text: Text.default('{{name}}，好久不见！已有 {{days}} 天没见到您，欢迎回来看看。'),
    dormantDays: z.number().int().min(7).max(3650).default(90),
    couponTemplateId: z.uuid().nullable().default(null),
  }),
  level_up: z.strictObject({
    channel: Channel.default('inbox'),
    subject: Subject.default('会员升级'),
    text: Text.default('恭喜 {{name}}，您已升级为 {{level}}！'),
  }),
  balance_low: z.strictObject({
    channel: Channel.default('sms'),
    subject: Subject.default('余额提醒'),
    text: Text.default('{{name}}，您的储值余额仅剩 ¥{{balance}}，欢迎到店充值。'),
  }),
  card_expiring: z.strictObject({
    channel: Channel.default('sms'),
    subject: Subject.default('次卡到期提醒'),
    text: Text.default('{{name}}，您的「{{card}}」将在 {{days}} 天内到期，请尽快使用。'),
    daysBefore: z.number().int().min(1).max(90).default(7),
  }),
  coupon_expiring: z.strictObject({
    channel: Channel.default('sms'),
    subject: Subject.default('优惠券到期提醒'),
    text: Text.default('{{name}}，您的优惠券「{{coupon}}」将在 {{days}} 天内到期，欢迎到店使用。'),
    daysBefore: z.number().int().min(1).max(30).default(3),
  }),
  follow_up: FollowUpParamsSchema,
  appointment_reminder: AppointmentReminderParamsSchema,
} as const;

export const AUTOMATION_KINDS = Object.keys(AutomationParamSchemas) as AutomationKind[];

/**
 * Birthday, win-back and coupon-expiring are marketing (consent, opt-out, quiet hours, cap): a
 * coupon reminder is a nudge to buy. Level-up, balance-low and card-expiring tell a member about
 * their own account (value already paid for), so they go out as service messages.
 */
export const AUTOMATION_PURPOSE: Record<AutomationKind, 'marketing' | 'transactional'> = {
  birthday: 'marketing',
  win_back: 'marketing',
  level_up: 'transactional',
  balance_low: 'transactional',
  card_expiring: 'transactional',
  coupon_expiring: 'marketing',
  // Sends nothing: it opens a task for the staff (follow-up-automation.ts).
  follow_up: 'transactional',
  // About a booking the member made: a service message.
  appointment_reminder: 'transactional',
};

export type AutomationParams<K extends AutomationKind> = z.infer<(typeof AutomationParamSchemas)[K]>;

export interface AutomationView {
  kind: AutomationKind;
  enabled: boolean;
  params: Record<string, unknown>;
  updatedAt: string | null;
}

function parseParams(kind: AutomationKind, json: string | null): Record<string, unknown> {
  const raw = json ? (JSON.parse(json) as unknown) : {};
  // A stored row always parses: keys added later take their defaults.
  return AutomationParamSchemas[kind].parse(raw) as Record<string, unknown>;
}

/** Every automation of the tenant, stored or at its defaults (off). */
export async function loadAutomations(ctx: Ctx): Promise<AutomationView[]> {
  const rows = await ctx.db
    .selectFrom('automations')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .execute();
  return AUTOMATION_KINDS.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return {
      kind,
      enabled: row?.enabled === 1,
      params: parseParams(kind, row?.params ?? null),
      updatedAt: row?.updated_at ?? null,
    };
  });
}

export async function listAutomations(ctx: Ctx): Promise<AutomationView[]> {
  requirePermission(ctx.actor, 'engagement.read');
  return loadAutomations(ctx);
}

export async function saveAutomation(
  ctx: Ctx,
  kind: AutomationKind,
  input: { enabled: boolean; params?: Record<string, unknown> },
): Promise<AutomationView> {
  requirePermission(ctx.actor, 'engagement.manage');
  const before = (await loadAutomations(ctx)).find((a) => a.kind === kind)!;
  const parsed = AutomationParamSchemas[kind].safeParse({ ...before.params, ...input.params });
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', 'Invalid automation parameters', { issues: parsed.error.issues });
  const params = parsed.data as Record<string, unknown>;
  const now = ctx.now.toISOString();
  const row = {
    enabled: input.enabled ? (1 as const) : (0 as const),
    params: JSON.stringify(params),
    updated_at: now,
  };
  await ctx.db
    .insertInto('automations')
    .values({ tenant_id: ctx.tenantId, kind, ...row })
    .onConflict((oc) => oc.columns(['tenant_id', 'kind']).doUpdateSet(row))
    .execute();
  await recordAudit(ctx, {
    action: 'automation.save',
    entity: 'automation',
    entityId: kind,
    before: { enabled: before.enabled, params: before.params },
    after: { enabled: input.enabled, params },
  });
  return { kind, enabled: input.enabled, params, updatedAt: now };
}
