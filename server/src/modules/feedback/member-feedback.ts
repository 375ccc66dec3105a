import type { ComplaintStatus } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { complaintsQuery } from './get-complaint.ts';
import { ratingsQuery } from './record-rating.ts';

export interface MemberFeedback {
  complaints: {
    id: string;
    orderId: string | null;
    category: string;
    description: string;
    status: ComplaintStatus;
    resolution: string;
    createdAt: string;
    updatedAt: string;
  }[];
  ratings: { id: string; orderId: string; score: number; comment: string; createdAt: string }[];
}

/**
 * What a member sees of their own feedback (portal): their complaints with status and
 * resolution (never the staff's internal notes) and their ratings. The caller has proven the member.
 */
export async function listMemberFeedback(ctx: Ctx, memberId: string): Promise<MemberFeedback> {
  const complaints = await complaintsQuery(ctx)
    .where('c.member_id', '=', memberId)
    .orderBy('c.created_at', 'desc')
    .limit(100)
    .execute();
  const ratings = await ratingsQuery(ctx)
    .where('r.member_id', '=', memberId)
    .orderBy('r.created_at', 'desc')
    .limit(100)
    .execute();
  return {
    complaints: complaints.map((c) => ({
      id: c.id,
      orderId: c.order_id,
      category: c.category,
      description: c.description,
      status: c.status,
      resolution: c.resolution,
      createdAt: c.created_at,
      updatedAt: c.updated_at,
    })),
    ratings: ratings.map((r) => ({
      id: r.id,
      orderId: r.order_id,
      score: Number(r.score),
      comment: r.comment,
      createdAt: r.created_at,
    })),
  };
}
