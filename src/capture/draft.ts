import type { ActorKind } from './actorKinds.ts';

/**
 * A capture draft: a dossier (docs/design.md, Dossier format) that imports as is, plus the
 * top-level `capture` section that import ignores.
 */
export interface CaptureDraft {
  readonly title?: string;
  readonly sources: DraftSource[];
  readonly actors: DraftActor[];
  readonly topics: never[];
  readonly facts: DraftFact[];
  readonly capture: CaptureSection;
}

export interface DraftSource {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string | null;
  readonly url?: string | null;
  readonly publishedOn: string | null;
  readonly reliability?: string;
  readonly notes?: string | null;
  readonly text: string;
}

export interface DraftActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: string[];
}

export interface DraftFact {
  readonly id: string;
  readonly summary: string;
  readonly when: string;
  readonly actors: { readonly id: string; readonly role: string | null }[];
  readonly topics: never[];
  readonly citations: DraftCitation[];
  readonly relations: {
    readonly type: 'after' | 'before' | 'same-day';
    readonly fact: string;
    readonly offset: string | null;
  }[];
}

export interface DraftCitation {
  readonly source: string;
  readonly quote: string;
  /** "paragraph 4, characters 512–580" (offsets in JavaScript string units). */
  readonly locator: string;
  readonly statedDate: string;
  readonly statedWeekday: string | null;
}

export interface CaptureSection {
  readonly lang: 'en' | 'es';
  /** Where the publication date came from: the request, the byline, or nowhere. */
  readonly publishedOnFrom: 'request' | 'byline' | 'store' | 'none';
  readonly spans: CaptureSpan[];
  readonly skipped: SkippedMention[];
}

export interface CaptureSpan {
  readonly fact: string;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly confidence: number;
}

export interface SkippedMention {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}
