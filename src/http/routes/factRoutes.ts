import { readFact, readFactHistory } from '../../../projections/queries/factQuery.ts';
import { factInputOf } from '../../commands/factInput.ts';
import { formatEtag } from '../etag.ts';
import { route, type RouteSpec } from '../route.ts';
import {
  ChangePlaceBody,
  EditSummaryBody,
  FactViewSchema,
  HistorySchema,
  IdParams,
  ReasonBody,
  RecordFactBody,
  ReviseDateBody,
} from '../schemas.ts';
import { writeFact } from '../writeFact.ts';
import { PROBLEMS } from './problems.ts';
import { citationOf, factReply } from './factReplies.ts';
import { factLinkRoutes } from './factLinkRoutes.ts';

export const factRoutes: RouteSpec[] = [
  route({
    method: 'post',
    path: '/api/facts',
    operationId: 'recordFact',
    tag: 'facts',
    role: 'editor',
    summary: 'Record a fact (dossier fact shape)',
    body: RecordFactBody,
    responses: {
      201: { description: 'Recorded', schema: FactViewSchema, headers: ['Location', 'ETag'] },
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
    operationId: 'getFact',
    tag: 'facts',
    role: 'reader',
    summary: 'A fact’s current state; `ETag` is its revision',
    params: IdParams,
    responses: {
      200: { description: 'The fact', schema: FactViewSchema, headers: ['ETag'] },
      304: { description: 'Not modified (If-None-Match)', headers: ['ETag'] },
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
    operationId: 'getFactHistory',
    tag: 'facts',
    role: 'reader',
    summary: 'Every event of a fact: who, when and why',
    params: IdParams,
    responses: { 200: { description: 'Oldest first', schema: HistorySchema }, ...PROBLEMS.read },
    handle: async (ctx) => ({
      status: 200,
      body: {
        factId: ctx.params.id,
        events: await readFactHistory(ctx.deps.chronicle.readModels(), ctx.deps.chronicle.store, ctx.params.id),
      },
    }),
  }),
  route({
    method: 'post',
    path: '/api/facts/:id/date',
    operationId: 'reviseFactDate',
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
        { type: 'ReviseFactDate', data: { factId: ctx.params.id, when, ...(c ? { citation: citationOf(c) } : {}) } },
        { reason },
      );
    },
  }),
  route({
    method: 'post',
    path: '/api/facts/:id/summary',
    operationId: 'editFactSummary',
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
    operationId: 'changeFactPlace',
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
    path: '/api/facts/:id/retraction',
    operationId: 'retractFact',
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
    operationId: 'reinstateFact',
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
  ...factLinkRoutes,
];
