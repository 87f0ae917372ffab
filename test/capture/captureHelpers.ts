import { expect } from 'chai';
import { indexActors } from '../../src/capture/actorIndex.ts';
import { captureText, type CaptureContext } from '../../src/capture/captureText.ts';
import type { CaptureDraft, CaptureSpan, DraftFact } from '../../src/capture/draft.ts';

export const TODAY = '2025-01-01';

/** Captures `text` with a fixed capture day. */
export function capture(
  text: string,
  options: { publishedOn?: string; lang?: string; context?: Partial<CaptureContext> } = {},
): CaptureDraft {
  return captureText(
    { text, ...(options.publishedOn ? { publishedOn: options.publishedOn } : {}), lang: options.lang ?? 'auto' },
    { today: TODAY, ...options.context },
  );
}

/** The fact whose date phrase contains `phrase` (the first one), with its span. */
export function factAt(draft: CaptureDraft, phrase: string): { fact: DraftFact; span: CaptureSpan } {
  const span = draft.capture.spans.find((s) => s.phrase.toLowerCase().includes(phrase.toLowerCase()));
  if (!span) {
    throw new Error(
      `no fact for ${JSON.stringify(phrase)}; phrases: ${draft.capture.spans.map((s) => s.phrase).join(' | ')}`,
    );
  }
  const fact = draft.facts.find((f) => f.id === span.fact) as DraftFact;
  return { fact, span };
}

/** The fact whose summary contains `words`. */
export function factSaying(draft: CaptureDraft, words: string): DraftFact {
  const fact = draft.facts.find((f) => f.summary.includes(words));
  if (!fact)
    throw new Error(
      `no fact says ${JSON.stringify(words)}; summaries: ${draft.facts.map((f) => f.summary).join(' | ')}`,
    );
  return fact;
}

/** The names of the actors the fact dated by `phrase` links. */
export function linkedAt(text: string, phrase: string, lang: 'en' | 'es', publishedOn = '2025-04-10'): string[] {
  const draft = capture(text, { lang, publishedOn });
  const names = new Map(draft.actors.map((a) => [a.id, a.name]));
  return factAt(draft, phrase).fact.actors.map((a) => names.get(a.id) ?? a.id);
}

/** Each row: a sentence, its date phrase, the language, the names linked and the names left out. */
type LinkRow = readonly [
  text: string,
  phrase: string,
  lang: 'en' | 'es',
  linked: readonly string[],
  left: readonly string[],
];

/** One test per row: the event of its phrase links the names linked and none of the names left out. */
export function checkLinked(rows: readonly LinkRow[]): void {
  for (const [text, phrase, lang, linked, left] of rows) {
    it(`"${text}"`, () => {
      const names = linkedAt(text, phrase, lang, '2025-06-30');
      expect(names).to.include.members([...linked]);
      for (const name of left) expect(names).to.not.include(name);
    });
  }
}

/** The actors capture proposes for `text`, each as "name (kind)". */
export const proposed = (text: string, lang: 'en' | 'es') =>
  [...indexActors(text, lang, []).actors.values()].map((a) => `${a.name} (${a.kind})`);

/** A phrase-table row: the text and its publication date, the date phrase → the EDTF and the stated weekday. */
export interface PhraseRow {
  readonly says: string;
  readonly text: string;
  readonly published: string;
  readonly phrase: string;
  readonly when: string;
  readonly weekday?: string;
}

/** Captures the row's text and checks the date and stated weekday of the fact its phrase dates. */
export function expectPhraseRow(row: PhraseRow, lang: 'en' | 'es'): void {
  const draft = capture(row.text, { lang, publishedOn: row.published });
  const { fact, span } = factAt(draft, row.phrase);
  expect(fact.when, span.rule).to.equal(row.when);
  expect(fact.citations[0]?.statedWeekday ?? undefined, span.rule).to.equal(row.weekday);
}

/** A phrase with a stated weekday: the one fact it makes, its date and the weekday recorded. */
export interface WeekdayRow {
  readonly text: string;
  readonly lang: 'en' | 'es';
  readonly phrase: string;
  readonly when: string;
  readonly weekday: string;
}
