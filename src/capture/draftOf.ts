import type { ActorIndex } from './actorTypes.ts';
import type { CaptureRequest } from './captureInput.ts';
import { eventActors, eventReferences, type PlacedReference, type SourcedActor } from './eventActors.ts';
import type { CaptureDraft, DraftActor, DraftFact } from './draft.ts';
import { WEEKDAY_NAMES, type Lang } from './lexicon.ts';
import type { Paragraph } from './paragraphs.ts';
import type { CapturedEvent } from './readEvents.ts';
import type { Skip } from './reading.ts';
import { rolesIn } from './roles.ts';
import { slugify } from './slugify.ts';
import { holding, type TextSpan } from './textSpans.ts';

/** The source named by `sourceId` when it is already in the store: the draft repeats it, so import changes nothing of it. */
export interface KnownSource {
  readonly id: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly publishedOn: string | null;
  readonly reliability: string;
  readonly notes: string | null;
}

interface DraftInput {
  readonly text: string;
  readonly lang: Lang;
  readonly request: CaptureRequest;
  readonly paragraphs: readonly Paragraph[];
  readonly events: readonly CapturedEvent[];
  readonly actors: ActorIndex;
  readonly skipped: readonly Skip[];
  readonly publishedOn: string | null;
  readonly publishedOnFrom: CaptureDraft['capture']['publishedOnFrom'];
  readonly knownSource: KnownSource | null;
  /** Told, for each fact, the actors proposed for it and where each came from, and every reference back its clause makes. */
  readonly traceActors?:
    ((fact: string, actors: readonly SourcedActor[], references: readonly PlacedReference[]) => void) | undefined;
}

/** The title: the request's, the store's, else the first line when it reads as a headline. */
function titleOf(input: DraftInput): string {
  if (input.request.title) return input.request.title;
  if (input.knownSource) return input.knownSource.title;
  const first = input.paragraphs[0];
  const line = first ? input.text.slice(first.start, first.end).split('\n')[0]?.trim() : '';
  return line && line.length <= 300 ? line : 'Captured text';
}

/**
 * The quote: the clause that states the event, exactly as written (so that it holds no other
 * event's date for the checks to compare), or its sentence when the clause is a few words.
 */
function quoteOf(text: string, clause: TextSpan, sentence: TextSpan): TextSpan {
  let { start, end } = clause;
  while (start < end && /[\s,;:—–-]/u.test(text[start] as string)) start += 1;
  while (end > start && /[\s,;:—–-]/u.test(text[end - 1] as string)) end -= 1;
  const lead = /^(?:and|but|y|pero|e)\s+/iu.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  return text.slice(start, end).split(/\s+/).length < 4 ? sentence : { start, end };
}

/** Assembles the draft dossier and its `capture` section. */
export function draftOf(input: DraftInput): CaptureDraft {
  const { text, events, actors } = input;
  const title = titleOf(input);
  const sourceId = input.request.sourceId ?? input.knownSource?.id ?? (slugify(title) || 'captured-text');
  const used = new Set<string>();
  const facts: DraftFact[] = events.map((e) => {
    const { clause, sentence, primary } = e.event;
    const linked = eventActors(text, input.lang, { clause, sentence, at: primary.start }, actors);
    input.traceActors?.(e.id, linked, eventReferences(text, { clause, sentence }, actors));
    const roles = rolesIn(text, clause, linked);
    const ids = [...new Set(linked.map((m) => m.actorId))];
    for (const id of ids) used.add(id);
    const paragraph = holding(input.paragraphs, sentence);
    const quote = quoteOf(text, clause, sentence);
    const { resolution } = e;
    return {
      id: e.id,
      summary: e.summary,
      when: resolution.date.edtf,
      actors: ids.map((id) => ({ id, role: roles.get(id) ?? null })),
      topics: [],
      citations: [
        {
          source: sourceId,
          quote: text.slice(quote.start, quote.end),
          locator: `paragraph ${paragraph?.number ?? 1}, characters ${quote.start}–${quote.end}`,
          statedDate: text.slice(primary.start, primary.end).replace(/\s+/g, ' ').slice(0, 100),
          statedWeekday: resolution.weekday === null ? null : (WEEKDAY_NAMES[resolution.weekday] ?? null),
        },
      ],
      relations: resolution.relation ? [resolution.relation] : [],
    };
  });
  const draftActors: DraftActor[] = [...actors.actors.values()]
    .filter((a) => !a.known && used.has(a.id))
    .map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases }));
  const known = input.knownSource;
  return {
    title,
    sources: [
      {
        id: sourceId,
        title,
        ...(known
          ? { publisher: known.publisher, url: known.url, reliability: known.reliability, notes: known.notes }
          : {}),
        publishedOn: input.publishedOn,
        text,
      },
    ],
    actors: draftActors,
    topics: [],
    facts,
    capture: {
      lang: input.lang,
      publishedOnFrom: input.publishedOnFrom,
      spans: events.map((e) => ({
        fact: e.id,
        phrase: text.slice(e.event.primary.start, e.event.primary.end),
        start: e.event.primary.start,
        end: e.event.primary.end,
        rule: e.resolution.rule,
        confidence: Math.round(e.resolution.confidence * 100) / 100,
      })),
      skipped: input.skipped.map((s) => ({
        phrase: text.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        reason: s.reason,
      })),
    },
  };
}
