import { z } from 'zod';
import { Slug } from '../../core/slug.ts';
import { RelationKind } from '../../facts/events.ts';
import { route, type RouteSpec } from '../route.ts';
import { CiteBody, IdParams, LinkActorBody, ReasonQuery, RelationBody, TagTopicBody } from '../schemas.ts';
import { writeFact } from '../writeFact.ts';
import { citationOf, factReply } from './factReplies.ts';

/** A fact's links: citations of sources, relations to other facts, actors, topics. */
export const factLinkRoutes: RouteSpec[] = [
  route({
    method: 'post',
    path: '/api/facts/:id/citations',
    operationId: 'citeSource',
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
        { type: 'CiteSource', data: { factId: ctx.params.id, citation: citationOf(ctx.body) } },
        { reason: ctx.body.reason },
      ),
  }),
  route({
    method: 'delete',
    path: '/api/facts/:id/citations/:citationId',
    operationId: 'withdrawCitation',
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
    operationId: 'assertRelation',
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
    operationId: 'withdrawRelation',
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
    operationId: 'linkActor',
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
    operationId: 'unlinkActor',
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
    operationId: 'tagTopic',
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
    operationId: 'untagTopic',
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
];
