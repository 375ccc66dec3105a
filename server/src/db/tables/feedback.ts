import type { Timestamp } from './common.ts';

/** Who entered it: staff at the counter or on the phone, or the member on the portal. */
export type FeedbackChannel = 'staff' | 'member';

export interface FeedbackRatingsTable {
  tenant_id: string;
  id: string;
  order_id: string;
  store_id: string;
  member_id: string | null;
  staff_user_id: string | null;
  /** 1–5 stars. */
  score: number;
  comment: string;
  channel: FeedbackChannel;
  created_by: string | null;
  created_at: Timestamp;
}

/** new → assigned → resolved → closed; a resolved complaint may be reopened (→ assigned). */
export type ComplaintStatus = 'new' | 'assigned' | 'resolved' | 'closed';

export interface ComplaintsTable {
  tenant_id: string;
  id: string;
  store_id: string;
  member_id: string | null;
  order_id: string | null;
  category: string;
  description: string;
  status: ComplaintStatus;
  assignee_user_id: string | null;
  /** The day to get back to the member (tenant local date, YYYY-MM-DD). */
  follow_up_on: string | null;
  /** What was done, written when it is resolved. */
  resolution: string;
  channel: FeedbackChannel;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  resolved_at: Timestamp | null;
  closed_at: Timestamp | null;
}

export type ComplaintNoteKind = 'created' | 'note' | 'assign' | 'status';

/** Append-only: the complaint's history. */
export interface ComplaintNotesTable {
  tenant_id: string;
  id: string;
  complaint_id: string;
  /** 1, 2, 3 … within the complaint: its history's order (writers hold the complaint row). */
  seq: number;
  at: Timestamp;
  author_user_id: string | null;
  author_name: string;
  kind: ComplaintNoteKind;
  from_status: ComplaintStatus | null;
  to_status: ComplaintStatus | null;
  assignee_user_id: string | null;
  follow_up_on: string | null;
  text: string;
}

export type FollowUpStatus = 'open' | 'done';
export type FollowUpOutcome = 'contacted' | 'no_answer' | 'complaint_raised' | 'declined' | 'wrong_number';

export interface FollowUpTasksTable {
  tenant_id: string;
  id: string;
  order_id: string;
  store_id: string;
  member_id: string;
  /** The person credited on the visit (largest share), else its cashier; null when neither. */
  staff_user_id: string | null;
  visit_at: Timestamp;
  due_at: Timestamp;
  status: FollowUpStatus;
  outcome: FollowUpOutcome | null;
  note: string;
  /** Set when the call raised a complaint. */
  complaint_id: string | null;
  created_at: Timestamp;
  closed_at: Timestamp | null;
  closed_by: string | null;
}
