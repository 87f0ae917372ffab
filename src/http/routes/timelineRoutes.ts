import { z } from 'zod';
import { readTimeline, type TimelineQuery as Query } from '../../../projections/queries/timelineQuery.ts';
import { Slug } from '../../core/slug.ts';
import { ValidationError } from '../../core/errors.ts';
import { timelineToCsv } from '../../exports/csvExport.ts';
import { timelineToIcs } from '../../exports/icsExport.ts';
import { timelineToMarkdown } from '../../exports/markdownExport.ts';
import { timelineToTimelineJs } from '../../exports/timelinejsExport.ts';
import { cachedPage } from '../cachedPage.ts';
import { timelineJson } from '../timelineJson.ts';
import { route, type Reply, type ResponseSpec, type RouteContext, type RouteSpec } from '../route.ts';
import { CalendarText, CsvText, MarkdownText, TimelineJsSchema } from '../exportSchemas.ts';
import { TimelineQuery, TimelineSchema } from '../schemas.ts';
import { PROBLEMS } from './problems.ts';

type Q = z.output<typeof TimelineQuery>;

const FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  ics: { contentType: 'text/calendar; charset=utf-8', extension: 'ics' },
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  timelinejs: { contentType: 'application/json', extension: 'json' },
} as const;

async function reply(ctx: RouteContext<unknown, Q, unknown>, query: Query): Promise<Reply> {
  const q = ctx.query;
  const timeline = readTimeline(ctx.deps.chronicle.readModels(), {
    ...query,
    limit: q.limit,
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(q.q ? { q: q.q } : {}),
    ...(q.cursor ? { cursor: q.cursor } : {}),
    ...(q.asOf ? { asOf: q.asOf } : {}),
    includeRetracted: q.includeRetracted,
    direct: q.direct,
  });
  const links: Record<string, string> = timeline.nextCursor
    ? { Link: `<${nextUrl(ctx.req.originalUrl, timeline.nextCursor)}>; rel="next"` }
    : {};
  if (q.format === 'json') return { status: 200, body: timelineJson(timeline), headers: links };
  const name = (query.id ?? 'chronology').replace(/[^a-z0-9-]/g, '');
  const headers = { ...links, 'Content-Disposition': `inline; filename="${name}.${FORMATS[q.format].extension}"` };
  switch (q.format) {
    case 'csv':
      return {
        status: 200,
        body: timelineToCsv(timeline, { bom: q.bom }),
        contentType: FORMATS.csv.contentType,
        headers,
      };
    case 'md':
      return { status: 200, body: timelineToMarkdown(timeline), contentType: FORMATS.md.contentType, headers };
    case 'ics':
      return {
        status: 200,
        body: timelineToIcs(timeline, { now: ctx.deps.chronicle.write.clock(), storeId: await ctx.deps.storeId() }),
        contentType: FORMATS.ics.contentType,
        headers,
      };
    case 'timelinejs':
      return { status: 200, body: timelineToTimelineJs(timeline), headers };
    default: {
      const unreachable: never = q.format;
      throw new Error(`unknown format ${String(unreachable)}`);
    }
  }
}

function nextUrl(original: string, cursor: string): string {
  const url = new URL(original, 'http://x');
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}

const responses: Record<number, ResponseSpec> = {
  200: {
    description:
      'Timeline JSON, or the format asked for: text/csv, text/markdown, text/calendar, TimelineJS JSON; `Link: rel="next"` when there is more',
    content: {
      'application/json': z.union([TimelineSchema, TimelineJsSchema]),
      'text/csv': CsvText,
      'text/markdown': MarkdownText,
      'text/calendar': CalendarText,
    },
    headers: ['ETag'],
    optionalHeaders: ['Link', 'Content-Disposition'],
  },
  304: { description: 'Not modified: `If-None-Match` named the page’s current `ETag`', headers: ['ETag'] },
  ...PROBLEMS.read,
};
const describeFormats =
  'format: json (default), csv (formula-safe), ics (iCalendar), md (Markdown), timelinejs (TimelineJS3 JSON)';

export const timelineRoutes: RouteSpec[] = [
  route({
    method: 'get',
    path: '/api/timelines',
    operationId: 'getTimeline',
    tag: 'timelines',
    role: 'reader',
    summary: `The chronology, or one actor’s or topic’s with \`actor\`/\`topic\`. ${describeFormats}`,
    query: TimelineQuery,
    responses,
    handle: async (ctx) => {
      const { actor, topic } = ctx.query;
      if (actor && topic) throw ValidationError.at('topic', 'give actor or topic, not both');
      return cachedPage(ctx as never, () =>
        reply(ctx, actor ? { kind: 'actor', id: actor } : topic ? { kind: 'topic', id: topic } : { kind: 'all' }),
      );
    },
  }),
  route({
    method: 'get',
    path: '/api/timelines/actors/:id',
    operationId: 'getActorTimeline',
    tag: 'timelines',
    role: 'reader',
    summary: `One actor’s timeline (merged actors included). ${describeFormats}`,
    params: z.strictObject({ id: Slug }),
    query: TimelineQuery.omit({ actor: true, topic: true }),
    responses,
    handle: async (ctx) => cachedPage(ctx as never, () => reply(ctx as never, { kind: 'actor', id: ctx.params.id })),
  }),
  route({
    method: 'get',
    path: '/api/timelines/topics/:id',
    operationId: 'getTopicTimeline',
    tag: 'timelines',
    role: 'reader',
    summary: `One topic’s timeline, its subtopics’ facts included unless direct=true. ${describeFormats}`,
    params: z.strictObject({ id: Slug }),
    query: TimelineQuery.omit({ actor: true, topic: true }),
    responses,
    handle: async (ctx) => cachedPage(ctx as never, () => reply(ctx as never, { kind: 'topic', id: ctx.params.id })),
  }),
];
