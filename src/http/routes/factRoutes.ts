import { z } from 'zod';
import { readFact, readFactHistory } from '../../../projections/queries/factQuery.ts';
import { Slug } from '../../core/slug.ts';
import { RelationKind } from '../../facts/events.ts';
import { factInputOf } from '../../commands/factInput.ts';
import { formatEtag } from '../etag.ts';
import { route, type RouteSpec } from '../route.ts';
import {
  ChangePlaceBody,
  CiteBody,
  EditSummaryBody,
  FactViewSchema,
  HistorySchema,
  IdParams,
  LinkActorBody,
  ReasonBody,
  ReasonQuery,
  RecordFactBody,
  RelationBody,
  ReviseDateBody,
  TagTopicBody,
} from '../schemas.ts';
import { writeFact } from '../writeFact.ts';
import { PROBLEMS } from './problems.ts';

const factReply = {
  200: { description: 'The fact after the change; `ETag` is its new revision', schema: FactViewSchema },
  ...PROBLEMS.write,
};
const citation = (c: z.output<typeof CiteBody>) => ({
  source: c.source,
  quote: c.quote,
  locator: c.locator,
  statedDate: c.statedDate,
  statedWeekday: c.statedWeekday,
  credibility: c.credibility,
});

export const factRoutes: RouteSpec[] = [
  route({
    method: 'post',
    path: '/api/facts',
    tag: 'facts',
    role: 'editor',
    summary: 'Record a fact (dossier fact shape)',
    body: RecordFactBody,
    responses: {
      201: { description: 'Recorded; `Location` and `ETag` set', schema: FactViewSchema },
      ...PROBLEMS.write,
    },
    handle: async (ctx) => {
      const { reason, ...fact } = ctx.body;
      return writeFact(ctx, fact.id, { type: 'RecordFact', data: factInputOf(fact) }, { reason, status: 201 });
    },
  }),
  route({
    method: 'get',
    path: '/api/facts/:id',
    tag: 'facts',
    role: 'reader',
    summary: 'A fact’s current state; `ETag` is its revision',
    params: IdParams,
    responses: {
      200: { description: 'The fact', schema: FactViewSchema },
      304: { description: 'Not modified (If-None-Match)' },
      ...PROBLEMS.read,
    },
    handle: async (ctx) => {
      const fact = readFact(ctx.deps.chronicle.readModels(), ctx.params.id);
      const etag = formatEtag(fact.revision);
      if (ctx.req.get('If-None-Match') === etag) return { status: 304, headers: { ETag: etag } };
      return { status: 200, body: fact, headers: { ETag: etag } };
    },
  }),
  route({
    method: 'get',
    path: '/api/facts/:id/history',
    tag: 'facts',
    role: 'reader',
    summary: 'Every event of a fact: who, when and why',
    params: IdParams,
    responses: { 200: { description: 'Oldest first', schema: HistorySchema }, ...PROBLEMS.read },
    handle: async (ctx) => ({
      status: 200,
      body: { factId: ctx.params.id, events: readFactHistory(ctx.deps.chronicle.readModels(), ctx.params.id) },
    }),
  }),
  route({
    method: 'post',
    path: '/api/facts/:id/date',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Revise the date, with the reason (and optionally the source)',
    params: IdParams,
    body: ReviseDateBody,
    responses: factReply,
    handle: async (ctx) => {
      const { when, reason, citation: c } = ctx.body;
      return writeFact(
        ctx,
        ctx.params.id,
        { type: 'ReviseFactDate', data: { factId: ctx.params.id, when, ...(c ? { citation: citation(c) } : {}) } },
        { reason },
      );
    },
  }),
  route({
    method: 'post',
    path: '/api/facts/:id/summary',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Edit the summary (and notes)',
    params: IdParams,
    body: EditSummaryBody,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        {
          type: 'EditFactSummary',
          data: {
            factId: ctx.params.id,
            summary: ctx.body.summary,
            ...(ctx.body.notes !== undefined ? { notes: ctx.body.notes } : {}),
          },
        },
        { reason: ctx.body.reason },
      ),
  }),
  route({
    method: 'post',
    path: '/api/facts/:id/place',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Change the place',
    params: IdParams,
    body: ChangePlaceBody,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        { type: 'ChangeFactPlace', data: { factId: ctx.params.id, place: ctx.body.place } },
        { reason: ctx.body.reason },
      ),
  }),
  route({
    method: 'post',
    path: '/api/facts/:id/citations',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Cite a source for the fact',
    params: IdParams,
    body: CiteBody,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        { type: 'CiteSource', data: { factId: ctx.params.id, citation: citation(ctx.body) } },
        { reason: ctx.body.reason },
      ),
  }),
  route({
    method: 'delete',
    path: '/api/facts/:id/citations/:citationId',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Withdraw a citation',
    params: z.strictObject({ id: Slug, citationId: z.string().min(1).max(200) }),
    query: ReasonQuery,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        { type: 'WithdrawCitation', data: { factId: ctx.params.id, citationId: ctx.params.citationId } },
        { reason: ctx.query.reason },
      ),
  }),
  route({
    method: 'post',
    path: '/api/facts/:id/relations',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Assert a relation to another fact',
    params: IdParams,
    body: RelationBody,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        {
          type: 'AssertRelation',
          data: {
            factId: ctx.params.id,
            relation: { kind: ctx.body.type, target: ctx.body.fact, offset: ctx.body.offset },
          },
        },
        { reason: ctx.body.reason },
      ),
  }),
  route({
    method: 'delete',
    path: '/api/facts/:id/relations/:type/:target',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Withdraw a relation',
    params: z.strictObject({ id: Slug, type: RelationKind, target: Slug }),
    query: ReasonQuery,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        {
          type: 'WithdrawRelation',
          data: { factId: ctx.params.id, kind: ctx.params.type, target: ctx.params.target },
        },
        { reason: ctx.query.reason },
      ),
  }),
  route({
    method: 'post',
    path: '/api/facts/:id/actors',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Link an actor (with a role)',
    params: IdParams,
    body: LinkActorBody,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        { type: 'LinkActor', data: { factId: ctx.params.id, actorId: ctx.body.id, role: ctx.body.role ?? null } },
        { reason: ctx.body.reason },
      ),
  }),
  route({
    method: 'delete',
    path: '/api/facts/:id/actors/:actorId',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Unlink an actor',
    params: z.strictObject({ id: Slug, actorId: Slug }),
    query: ReasonQuery,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        { type: 'UnlinkActor', data: { factId: ctx.params.id, actorId: ctx.params.actorId } },
        { reason: ctx.query.reason },
      ),
  }),
  route({
    method: 'post',
    path: '/api/facts/:id/topics',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Tag a topic',
    params: IdParams,
    body: TagTopicBody,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        { type: 'TagTopic', data: { factId: ctx.params.id, topicId: ctx.body.id } },
        { reason: ctx.body.reason },
      ),
  }),
  route({
    method: 'delete',
    path: '/api/facts/:id/topics/:topicId',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Untag a topic',
    params: z.strictObject({ id: Slug, topicId: Slug }),
    query: ReasonQuery,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        { type: 'UntagTopic', data: { factId: ctx.params.id, topicId: ctx.params.topicId } },
        { reason: ctx.query.reason },
      ),
  }),
  route({
    method: 'post',
    path: '/api/facts/:id/retraction',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Retract the fact (it leaves every timeline; its history stays)',
    params: IdParams,
    body: ReasonBody,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        { type: 'RetractFact', data: { factId: ctx.params.id } },
        { reason: ctx.body.reason },
      ),
  }),
  route({
    method: 'post',
    path: '/api/facts/:id/reinstatement',
    tag: 'facts',
    role: 'editor',
    ifMatch: true,
    summary: 'Reinstate a retracted fact',
    params: IdParams,
    body: ReasonBody,
    responses: factReply,
    handle: async (ctx) =>
      writeFact(
        ctx,
        ctx.params.id,
        { type: 'ReinstateFact', data: { factId: ctx.params.id } },
        { reason: ctx.body.reason },
      ),
  }),
];
