import type { z } from 'zod';
import { listRegistry, readRegistryDoc } from '../../../projections/queries/registryQuery.ts';
import type { CommandOf } from '../../commands/aggregates.ts';
import { formatEtag } from '../etag.ts';
import { writeForRequest } from '../writeForRequest.ts';
import { route, type Reply, type ResponseSpec, type RouteContext, type RouteSpec } from '../route.ts';
import {
  ActorSchema,
  AliasBody,
  DefineTopicBody,
  IdParams,
  MergeBody,
  RateBody,
  RegisterActorBody,
  RegisterSourceBody,
  RenameActorBody,
  RenameTopicBody,
  SourceSchema,
  TopicSchema,
  listOf,
} from '../schemas.ts';
import { PROBLEMS } from './problems.ts';

type Registry = 'actors' | 'topics' | 'sources';
const KIND = { actors: 'actor', topics: 'topic', sources: 'source' } as const;

async function writeRegistry<R extends Registry>(
  ctx: RouteContext<unknown, unknown, unknown>,
  registry: R,
  id: string,
  command: CommandOf<(typeof KIND)[R]>,
  reason: string | undefined,
  status = 200,
): Promise<Reply> {
  return writeForRequest(ctx, KIND[registry], id, command, {
    reason,
    status,
    location: `/api/${registry}/${id}`,
    read: () => readRegistryDoc(ctx.deps.chronicle.readModels(), registry, id),
  });
}

const TITLE = { actors: 'Actor', topics: 'Topic', sources: 'Source' } as const;

function readRoutes<R extends Registry>(registry: R, schema: z.ZodType): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: `/api/${registry}`,
      operationId: `list${TITLE[registry]}s`,
      tag: registry,
      role: 'reader',
      summary: `Every ${KIND[registry]}, by id`,
      responses: { 200: { description: 'The list', schema: listOf(schema) }, ...PROBLEMS.read },
      handle: async (ctx) => ({
        status: 200,
        body: { items: listRegistry(ctx.deps.chronicle.readModels(), registry) },
      }),
    }),
    route({
      method: 'get',
      path: `/api/${registry}/:id`,
      operationId: `get${TITLE[registry]}`,
      tag: registry,
      role: 'reader',
      summary: `One ${KIND[registry]}`,
      params: IdParams,
      responses: {
        200: { description: `The ${KIND[registry]}; ETag = revision`, schema, headers: ['ETag'] },
        ...PROBLEMS.read,
      },
      handle: async (ctx) => {
        const doc = readRegistryDoc(ctx.deps.chronicle.readModels(), registry, ctx.params.id);
        return { status: 200, body: doc, headers: { ETag: formatEtag(doc.revision) } };
      },
    }),
  ];
}

const created = (schema: z.ZodType): Record<number, ResponseSpec> => ({
  201: { description: 'Created', schema, headers: ['Location', 'ETag'] },
  ...PROBLEMS.write,
});
const changed = (schema: z.ZodType): Record<number, ResponseSpec> => ({
  200: { description: 'After the change', schema, headers: ['ETag'] },
  ...PROBLEMS.write,
});

export const registryRoutes: RouteSpec[] = [
  route({
    method: 'post',
    path: '/api/actors',
    operationId: 'registerActor',
    tag: 'actors',
    role: 'editor',
    summary: 'Register an actor',
    body: RegisterActorBody,
    responses: created(ActorSchema),
    handle: async (ctx) =>
      writeRegistry(
        ctx,
        'actors',
        ctx.body.id,
        {
          type: 'RegisterActor',
          data: {
            actorId: ctx.body.id,
            name: ctx.body.name,
            kind: ctx.body.kind,
            aliases: ctx.body.aliases,
            notes: ctx.body.notes,
          },
        },
        undefined,
        201,
      ),
  }),
  ...readRoutes('actors', ActorSchema),
  route({
    method: 'post',
    path: '/api/actors/:id/name',
    operationId: 'renameActor',
    tag: 'actors',
    role: 'editor',
    ifMatch: true,
    summary: 'Rename an actor',
    params: IdParams,
    body: RenameActorBody,
    responses: changed(ActorSchema),
    handle: async (ctx) =>
      writeRegistry(
        ctx,
        'actors',
        ctx.params.id,
        { type: 'RenameActor', data: { actorId: ctx.params.id, name: ctx.body.name } },
        ctx.body.reason,
      ),
  }),
  route({
    method: 'post',
    path: '/api/actors/:id/aliases',
    operationId: 'addActorAlias',
    tag: 'actors',
    role: 'editor',
    ifMatch: true,
    summary: 'Add an alias',
    params: IdParams,
    body: AliasBody,
    responses: changed(ActorSchema),
    handle: async (ctx) =>
      writeRegistry(
        ctx,
        'actors',
        ctx.params.id,
        { type: 'AddActorAlias', data: { actorId: ctx.params.id, alias: ctx.body.alias } },
        ctx.body.reason,
      ),
  }),
  route({
    method: 'post',
    path: '/api/actors/:id/merge',
    operationId: 'mergeActor',
    tag: 'actors',
    role: 'editor',
    ifMatch: true,
    summary: 'Record that this actor is the same as another',
    params: IdParams,
    body: MergeBody,
    responses: changed(ActorSchema),
    handle: async (ctx) =>
      writeRegistry(
        ctx,
        'actors',
        ctx.params.id,
        { type: 'MergeActor', data: { actorId: ctx.params.id, into: ctx.body.into } },
        ctx.body.reason,
      ),
  }),
  route({
    method: 'post',
    path: '/api/topics',
    operationId: 'defineTopic',
    tag: 'topics',
    role: 'editor',
    summary: 'Define a topic',
    body: DefineTopicBody,
    responses: created(TopicSchema),
    handle: async (ctx) =>
      writeRegistry(
        ctx,
        'topics',
        ctx.body.id,
        {
          type: 'DefineTopic',
          data: { topicId: ctx.body.id, label: ctx.body.label, parent: ctx.body.parent, notes: ctx.body.notes },
        },
        undefined,
        201,
      ),
  }),
  ...readRoutes('topics', TopicSchema),
  route({
    method: 'post',
    path: '/api/topics/:id/label',
    operationId: 'relabelTopic',
    tag: 'topics',
    role: 'editor',
    ifMatch: true,
    summary: 'Rename a topic',
    params: IdParams,
    body: RenameTopicBody,
    responses: changed(TopicSchema),
    handle: async (ctx) =>
      writeRegistry(
        ctx,
        'topics',
        ctx.params.id,
        { type: 'RenameTopic', data: { topicId: ctx.params.id, label: ctx.body.label } },
        ctx.body.reason,
      ),
  }),
  route({
    method: 'post',
    path: '/api/sources',
    operationId: 'registerSource',
    tag: 'sources',
    role: 'editor',
    summary: 'Register a source',
    body: RegisterSourceBody,
    responses: created(SourceSchema),
    handle: async (ctx) => {
      const s = ctx.body;
      return writeRegistry(
        ctx,
        'sources',
        s.id,
        {
          type: 'RegisterSource',
          data: {
            sourceId: s.id,
            title: s.title,
            publisher: s.publisher,
            url: s.url,
            publishedOn: s.publishedOn,
            reliability: s.reliability,
            notes: s.notes,
            locale: s.locale,
          },
        },
        undefined,
        201,
      );
    },
  }),
  ...readRoutes('sources', SourceSchema),
  route({
    method: 'post',
    path: '/api/sources/:id/reliability',
    operationId: 'rateSource',
    tag: 'sources',
    role: 'editor',
    ifMatch: true,
    summary: 'Re-grade a source (Admiralty A–F)',
    params: IdParams,
    body: RateBody,
    responses: changed(SourceSchema),
    handle: async (ctx) =>
      writeRegistry(
        ctx,
        'sources',
        ctx.params.id,
        {
          type: 'RateSourceReliability',
          data: { sourceId: ctx.params.id, reliability: ctx.body.reliability },
        },
        ctx.body.reason,
      ),
  }),
];
