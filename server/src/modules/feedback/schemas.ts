import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { FOLLOW_UP_OUTCOMES } from './close-follow-up.ts';
import { COMPLAINT_CATEGORIES } from './file-complaint.ts';
import { COMPLAINT_STATUSES } from './workflow.ts';

export const ComplaintStatusSchema = z.enum(COMPLAINT_STATUSES);
export const ComplaintCategorySchema = z.enum(COMPLAINT_CATEGORIES);
export const FollowUpOutcomeSchema = z.enum(FOLLOW_UP_OUTCOMES);
const Channel = z.enum(['staff', 'member']);
/** A calendar day in the tenant's time zone. */
const Day = z.iso.date().describe('YYYY-MM-DD');
const Text = (max: number) => z.string().trim().max(max);
const PageQuery = {
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
};
const Period = {
  from: z.iso.datetime({ offset: true }).optional().describe('Inclusive'),
  to: z.iso.datetime({ offset: true }).optional().describe('Exclusive'),
};

export const RatingSchema = z
  .object({
    id: IdSchema,
    orderId: IdSchema,
    orderNo: z.string(),
    storeId: IdSchema,
    memberId: IdSchema.nullable(),
    memberName: z.string().nullable(),
    staffUserId: IdSchema.nullable(),
    staffName: z.string().nullable(),
    score: z.number().int().min(1).max(5),
    comment: z.string(),
    channel: Channel,
    createdAt: TimestampSchema,
  })
  .meta({ id: 'Rating' });

export const RatingBody = z.strictObject({
  orderId: IdSchema,
  score: z.number().int().min(1).max(5),
  comment: Text(500).optional(),
  staffUserId: IdSchema.nullable()
    .optional()
    .describe('Omit: whoever served most of the visit; null: nobody'),
});

export const RatingListQuery = z.strictObject({
  storeId: IdSchema.optional(),
  staffUserId: IdSchema.optional(),
  memberId: IdSchema.optional(),
  ...Period,
  ...PageQuery,
});

const ScoreGroup = z.object({
  id: z.string().nullable(),
  name: z.string().nullable(),
  count: z.number().int(),
  scoreSum: z.number().int(),
  average: z.number(),
});

export const FeedbackSummarySchema = z
  .object({
    from: TimestampSchema.nullable(),
    to: TimestampSchema.nullable(),
    ratings: z.object({
      count: z.number().int(),
      scoreSum: z.number().int(),
      average: z.number(),
      byScore: z.record(z.string(), z.number().int()),
    }),
    byStore: z.array(ScoreGroup),
    byStaff: z.array(ScoreGroup),
    complaints: z.object({
      total: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()),
      byCategory: z.record(z.string(), z.number().int()),
    }),
  })
  .meta({ id: 'FeedbackSummary' });

export const SummaryQuery = z.strictObject({ storeId: IdSchema.optional(), ...Period });

export const ComplaintSchema = z
  .object({
    id: IdSchema,
    storeId: IdSchema,
    memberId: IdSchema.nullable(),
    memberName: z.string().nullable(),
    orderId: IdSchema.nullable(),
    orderNo: z.string().nullable(),
    category: z.string(),
    description: z.string(),
    status: ComplaintStatusSchema,
    assigneeUserId: IdSchema.nullable(),
    assigneeName: z.string().nullable(),
    followUpOn: z.string().nullable(),
    resolution: z.string(),
    channel: Channel,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    resolvedAt: TimestampSchema.nullable(),
    closedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'Complaint' });

export const ComplaintNoteSchema = z
  .object({
    id: IdSchema,
    at: TimestampSchema,
    authorUserId: IdSchema.nullable(),
    authorName: z.string(),
    kind: z.enum(['created', 'note', 'assign', 'status']),
    fromStatus: ComplaintStatusSchema.nullable(),
    toStatus: ComplaintStatusSchema.nullable(),
    assigneeUserId: IdSchema.nullable(),
    followUpOn: z.string().nullable(),
    text: z.string(),
  })
  .meta({ id: 'ComplaintNote' });

export const ComplaintDetailSchema = ComplaintSchema.extend({ notes: z.array(ComplaintNoteSchema) }).meta({
  id: 'ComplaintDetail',
});

export const ComplaintBody = z.strictObject({
  storeId: IdSchema.optional().describe('Required unless orderId names the visit'),
  memberId: IdSchema.nullable().optional(),
  orderId: IdSchema.nullable().optional(),
  category: ComplaintCategorySchema,
  description: Text(2000).min(1),
  followUpOn: Day.nullable().optional(),
  assigneeUserId: IdSchema.nullable().optional(),
});

export const ComplaintListQuery = z.strictObject({
  status: ComplaintStatusSchema.optional(),
  storeId: IdSchema.optional(),
  category: ComplaintCategorySchema.optional(),
  assigneeUserId: IdSchema.optional(),
  memberId: IdSchema.optional(),
  followUpBy: Day.optional().describe('Open complaints due for follow-up on or before this day'),
  ...Period,
  ...PageQuery,
});

export const StatusBody = z.strictObject({
  status: ComplaintStatusSchema,
  assigneeUserId: IdSchema.optional().describe('Required for assigned'),
  resolution: Text(2000).optional().describe('Required for resolved'),
  note: Text(2000).optional(),
  followUpOn: Day.nullable().optional(),
});

export const NoteBody = z.strictObject({
  text: Text(2000).min(1),
  followUpOn: Day.nullable().optional(),
});

export const FollowUpSchema = z
  .object({
    id: IdSchema,
    orderId: IdSchema,
    orderNo: z.string(),
    orderTotalCents: z.number().int(),
    storeId: IdSchema,
    memberId: IdSchema,
    memberName: z.string(),
    memberPhone: z.string().nullable(),
    staffUserId: IdSchema.nullable(),
    staffName: z.string().nullable(),
    visitAt: TimestampSchema,
    dueAt: TimestampSchema,
    status: z.enum(['open', 'done']),
    outcome: FollowUpOutcomeSchema.nullable(),
    note: z.string(),
    complaintId: IdSchema.nullable(),
    createdAt: TimestampSchema,
    closedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'FollowUp' });

export const FollowUpListQuery = z.strictObject({
  scope: z.enum(['mine', 'store']).optional().describe('mine (default) or everyone’s in your stores'),
  storeId: IdSchema.optional(),
  staffUserId: IdSchema.optional(),
  status: z.enum(['open', 'done']).optional(),
  ...PageQuery,
});

export const CloseFollowUpBody = z.strictObject({
  outcome: FollowUpOutcomeSchema,
  note: Text(1000).optional(),
  complaint: z
    .strictObject({ category: ComplaintCategorySchema, description: Text(2000).min(1) })
    .optional()
    .describe('With outcome complaint_raised: log the complaint in the same step'),
  rating: z
    .strictObject({ score: z.number().int().min(1).max(5), comment: Text(500).optional() })
    .optional()
    .describe('The member rated the visit on the call'),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
