import type { Schemas } from '../../../api/client.ts';

export type Complaint = Schemas['Complaint'];
export type ComplaintDetail = Schemas['ComplaintDetail'];
export type ComplaintStatus = Complaint['status'];
export type Rating = Schemas['Rating'];
export type FollowUp = Schemas['FollowUp'];
export type FollowUpOutcome = NonNullable<FollowUp['outcome']>;

export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = ['new', 'assigned', 'resolved', 'closed'];
export const CATEGORIES = [
  'service',
  'staff',
  'product',
  'price',
  'wait',
  'environment',
  'billing',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const OUTCOMES: readonly FollowUpOutcome[] = [
  'contacted',
  'no_answer',
  'complaint_raised',
  'declined',
  'wrong_number',
];

export const STATUS_COLOR: Record<ComplaintStatus, string> = {
  new: 'red',
  assigned: 'orange',
  resolved: 'green',
  closed: 'default',
};

/** The moves the server allows from each status (mirrors the workflow; the server decides). */
export function nextStatuses(from: ComplaintStatus): readonly ComplaintStatus[] {
  switch (from) {
    case 'new':
      return ['assigned', 'closed'];
    case 'assigned':
      return ['assigned', 'resolved'];
    case 'resolved':
      return ['closed', 'assigned'];
    case 'closed':
      return [];
  }
}
