import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { addComplaintNote, changeComplaintStatus } from './change-complaint-status.ts';
import { closeFollowUp } from './close-follow-up.ts';
import { fileComplaint } from './file-complaint.ts';
import { getComplaint } from './get-complaint.ts';
import { listComplaints } from './list-complaints.ts';
import { listFollowUps } from './list-follow-ups.ts';
import { feedbackSummary, listRatings } from './list-ratings.ts';
import { recordRating } from './record-rating.ts';
import {
  CloseFollowUpBody,
  ComplaintBody,
  ComplaintDetailSchema,
  ComplaintListQuery,
  ComplaintSchema,
  FeedbackSummarySchema,
  FollowUpListQuery,
  FollowUpSchema,
  NoteBody,
  pageOf,
  RatingBody,
  RatingListQuery,
  RatingSchema,
  StatusBody,
  SummaryQuery,
} from './schemas.ts';

const READ = { auth: { permission: 'feedback.read' } } as const;
const RECORD = { auth: { permission: 'feedback.record' } } as const;
const SIGNED_IN = { auth: 'signed-in' } as const;
const tags = ['feedback'];

/** Ratings, complaints with their workflow, and post-visit follow-up tasks (回访). */
export function feedbackRoutes(app: App): void {
  app.get(
    '/feedback/ratings',
    {
      config: READ,
      schema: {
        operationId: 'listRatings',
        tags,
        summary: 'Ratings of visits in your stores, newest first',
        querystring: RatingListQuery,
        response: { 200: pageOf(RatingSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listRatings(staffCtx(request), request.query),
  );

  app.post(
    '/feedback/ratings',
    {
      config: RECORD,
      schema: {
        operationId: 'recordRating',
        tags,
        summary: 'Record a member’s rating (1–5) of a visit; one per visit',
        body: RatingBody,
        response: { 201: RatingSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return recordRating(staffCtx(request), request.body);
    },
  );

  app.get(
    '/feedback/summary',
    {
      config: READ,
      schema: {
        operationId: 'getFeedbackSummary',
        tags,
        summary: 'Average rating per store and per person; complaints by status and category',
        querystring: SummaryQuery,
        response: { 200: FeedbackSummarySchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => feedbackSummary(staffCtx(request), request.query),
  );

  app.get(
    '/complaints',
    {
      config: SIGNED_IN,
      schema: {
        operationId: 'listComplaints',
        tags,
        summary: 'Complaints in your stores, newest first (feedback.read); anyone: those assigned to them',
        querystring: ComplaintListQuery,
        response: { 200: pageOf(ComplaintSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listComplaints(staffCtx(request), request.query),
  );

  app.post(
    '/complaints',
    {
      config: RECORD,
      schema: {
        operationId: 'fileComplaint',
        tags,
        summary: 'Log a complaint about a visit, a member’s experience or a store',
        body: ComplaintBody,
        response: { 201: ComplaintSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return fileComplaint(staffCtx(request), request.body);
    },
  );

  app.get(
    '/complaints/:id',
    {
      config: SIGNED_IN,
      schema: {
        operationId: 'getComplaint',
        tags,
        summary: 'One complaint and its history (feedback.read in its store, or its assignee)',
        params: IdParams,
        response: { 200: ComplaintDetailSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getComplaint(staffCtx(request), request.params.id),
  );

  app.post(
    '/complaints/:id/status',
    {
      config: SIGNED_IN,
      schema: {
        operationId: 'changeComplaintStatus',
        tags,
        summary:
          'Move a complaint: new → assigned → resolved → closed (resolved → assigned reopens); feedback.manage, or the assignee resolving',
        params: IdParams,
        body: StatusBody,
        response: { 200: ComplaintSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => changeComplaintStatus(staffCtx(request), request.params.id, request.body),
  );

  app.post(
    '/complaints/:id/notes',
    {
      config: SIGNED_IN,
      schema: {
        operationId: 'addComplaintNote',
        tags,
        summary: 'Add a note and optionally move the follow-up date (feedback.manage or the assignee)',
        params: IdParams,
        body: NoteBody,
        response: { 201: ComplaintSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return addComplaintNote(staffCtx(request), request.params.id, request.body);
    },
  );

  app.get(
    '/follow-ups',
    {
      config: SIGNED_IN,
      schema: {
        operationId: 'listFollowUps',
        tags,
        summary:
          'Post-visit follow-up tasks (回访): your own, or everyone’s in your stores with feedback.read',
        querystring: FollowUpListQuery,
        response: { 200: pageOf(FollowUpSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listFollowUps(staffCtx(request), request.query),
  );

  app.post(
    '/follow-ups/:id/close',
    {
      config: SIGNED_IN,
      schema: {
        operationId: 'closeFollowUp',
        tags,
        summary:
          'Record the outcome of a follow-up call and close the task (its assignee, or feedback.manage)',
        params: IdParams,
        body: CloseFollowUpBody,
        response: { 200: FollowUpSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => closeFollowUp(staffCtx(request), request.params.id, request.body),
  );
}
