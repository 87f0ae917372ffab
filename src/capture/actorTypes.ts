import type { ActorKind } from './actorKinds.ts';
import type { Gender } from './compromiseNames.ts';
import type { QuoteMarks } from './quoteMarks.ts';
import type { TextSpan } from './textSpans.ts';

/** An actor already in the store, matched by its name and aliases. */
export interface KnownActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
}

/** An actor the capture links: one from the store (`known`), or one it proposes. */
export interface ProposedActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: string[];
  readonly known: boolean;
  /** A person's gender, when a title ("Mrs", "Sir") or the first name says it: "she" skips men. */
  gender?: Gender;
}

export interface ActorMention extends TextSpan {
  readonly actorId: string;
}

export interface ActorIndex {
  readonly actors: ReadonlyMap<string, ProposedActor>;
  /** In text order. */
  readonly mentions: readonly ActorMention[];
  /** The common nouns appositives gave actors ("Valewood Health, the clinic network" → network), by actor id. */
  readonly nouns: ReadonlyMap<string, ReadonlySet<string>>;
  /** The text's quotation marks, to tell who speaks quoted words and whether a name is quoted. */
  readonly quotes: QuoteMarks;
}
