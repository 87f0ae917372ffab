import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureText } from '../src/capture/captureText.ts';
import { indexActors } from '../src/capture/actorIndex.ts';
import type { ActorIndex } from '../src/capture/actorTypes.ts';
import type { CaptureDraft } from '../src/capture/draft.ts';
import type { PlacedReference, SourcedActor } from '../src/capture/eventActors.ts';
import type { Lang } from '../src/capture/lexicon.ts';
import { loadSet, type Article } from '../eval/goldArticle.ts';
import { matchedFacts } from '../eval/scoreArticle.ts';
import { paragraphsOf } from '../src/capture/paragraphs.ts';
import { sentencesOf } from '../src/capture/sentences.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'articles');
const TODAY = '2025-01-01';

/** One dev article captured with its actors traced, for the probes that count actor chips by writer group. */
export interface TracedCapture {
  readonly article: Article;
  readonly lang: Lang;
  /** The article's writer group (`unknown` when the writers file does not name it). */
  readonly group: string;
  /** What a count of this article adds to: its group, `all`, and `all <lang>`. */
  readonly keys: readonly string[];
  readonly text: string;
  readonly draft: CaptureDraft;
  /** Per fact id, the chips the capture proposed and the references back it placed. */
  readonly traced: ReadonlyMap<string, { actors: readonly SourcedActor[]; refs: readonly PlacedReference[] }>;
  /** The text's actors as capture indexes them, with no store. */
  readonly index: ActorIndex;
  /** An actor id's names and aliases, lower case (the id itself when the index has no such actor). */
  readonly namesOf: (id: string) => string[];
  /** Gold event id → the draft's fact id it matched. */
  readonly matched: Map<string, string>;
}

/** Captures every dev article with its actors traced, in the set's order. */
export async function* tracedDevCaptures(groupOf: ReadonlyMap<string, string>): AsyncGenerator<TracedCapture> {
  for (const article of await loadSet(ROOT, 'dev')) {
    const lang = article.gold.lang as Lang;
    const group = groupOf.get(article.name) ?? 'unknown';
    const { text } = article;
    const traced = new Map<string, { actors: readonly SourcedActor[]; refs: readonly PlacedReference[] }>();
    const draft = captureText(
      { text, lang, publishedOn: article.gold.publishedOn },
      { today: TODAY, traceActors: (fact, actors, refs) => traced.set(fact, { actors, refs }) },
    );
    const index = indexActors(text, lang, []);
    const namesOf = (id: string) => {
      const a = index.actors.get(id);
      return a ? [a.name, ...a.aliases].map((n) => n.toLowerCase()) : [id];
    };
    yield {
      article,
      lang,
      group,
      keys: [group, 'all', `all ${lang}`],
      text,
      draft,
      traced,
      index,
      namesOf,
      matched: matchedFacts(article, draft),
    };
  }
}

/** A gold event a traced capture found: its fact, the fact's quote as a span, and the sentence and paragraph holding it. */
export interface FoundEvent {
  readonly event: Article['gold']['events'][number];
  readonly factId: string;
  readonly fact: CaptureDraft['facts'][number];
  readonly citation: CaptureDraft['facts'][number]['citations'][number] | undefined;
  readonly clause: { readonly start: number; readonly end: number };
  readonly sentence: { readonly start: number; readonly end: number };
  readonly paragraph: { readonly start: number; readonly end: number };
}

/** The gold events of `capture` that a fact of its draft matched, in the gold's order. */
export function* foundEvents({ article, text, lang, draft, matched }: TracedCapture): Generator<FoundEvent> {
  const paragraphs = paragraphsOf(text);
  const sentences = sentencesOf(text, paragraphs, lang);
  for (const event of article.gold.events) {
    const factId = matched.get(event.id);
    const fact = draft.facts.find((f) => f.id === factId);
    if (!factId || !fact) continue;
    const citation = fact.citations[0];
    const [qs, qe] = (/characters (\d+)–(\d+)/u.exec(citation?.locator ?? '') ?? []).slice(1).map(Number);
    const clause = { start: qs ?? 0, end: qe ?? 0 };
    const sentence = sentences.find((s) => s.start <= clause.start && clause.start < s.end) ?? clause;
    const paragraph = paragraphs.find((p) => p.start <= clause.start && clause.start < p.end) ?? sentence;
    yield { event, factId, fact, citation, clause, sentence, paragraph };
  }
}

/** A table's columns: every article, each language, then each writer group in numeric order. */
export const groupColumns = (groups: Iterable<string>): string[] => [
  'all',
  'all en',
  'all es',
  ...[...groups].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
];

/** A column's heading: `heldout7` as `h7`. */
export const shortColumn = (c: string): string => c.replace('heldout', 'h');
