import { AlreadyExistsError, IllegalStateError, NotFoundError } from '../core/errors.ts';
import type { Decider } from '../core/decider.ts';
import { parseFuzzyDate } from '../dates/index.ts';
import type { SourceDetailsData, SourceEvent } from './events.ts';
import { paragraphCount, plainText, sha256Of } from './text/index.ts';

type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface SourceInput extends SourceDetailsData {
  readonly sourceId: string;
  readonly reliability: Reliability;
}

/**
 * Registering or syncing may carry the source's full text too (stored in the form `plainText`
 * gives); without it (or `null`), the text held is left as it is.
 */
type WithText = SourceInput & { readonly text?: string | null };

export type SourceCommand =
  | { type: 'RegisterSource'; data: WithText }
  | { type: 'SyncSource'; data: WithText }
  | { type: 'RateSourceReliability'; data: { sourceId: string; reliability: Reliability } }
  | { type: 'AttachSourceText'; data: { sourceId: string; text: string } };

/** What the state keeps of the text held: enough to tell another text from the same one. */
export interface SourceTextSummary {
  readonly sha256: string;
  readonly characters: number;
  readonly paragraphs: number;
}

export interface SourceState extends SourceInput {
  readonly exists: boolean;
  /** The text held, `null` when none. */
  readonly text: SourceTextSummary | null;
}

export const initialSourceState = (): SourceState => ({
  exists: false,
  sourceId: '',
  title: '',
  publisher: null,
  url: null,
  publishedOn: null,
  notes: null,
  reliability: 'F',
  text: null,
});

export function evolveSource(state: SourceState, event: SourceEvent): SourceState {
  switch (event.type) {
    case 'SourceRegistered':
      return { exists: true, ...event.data, text: null };
    case 'SourceReliabilityRated':
      return { ...state, reliability: event.data.reliability };
    case 'SourceDetailsEdited':
      return { ...state, ...event.data };
    case 'SourceTextAttached': {
      const { sha256, text } = event.data;
      return { ...state, text: { sha256, characters: text.length, paragraphs: paragraphCount(text) } };
    }
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled source event ${(unreachable as { type: string }).type}`);
    }
  }
}

function register({ text, ...input }: WithText, state: SourceState): SourceEvent[] {
  if (state.exists) throw new AlreadyExistsError(`source ${input.sourceId} already exists`);
  if (input.publishedOn !== null) parseFuzzyDate(input.publishedOn, 'publishedOn');
  return [
    { type: 'SourceRegistered', data: { ...input } },
    ...(text !== undefined && text !== null ? attach(input.sourceId, text, null) : []),
  ];
}

/**
 * The text attached, in its stored form: nothing when it is the text already held (same SHA-256),
 * so attaching or importing it again appends nothing; else the new text, naming the one it replaces.
 */
function attach(sourceId: string, input: string, held: SourceTextSummary | null): SourceEvent[] {
  const { text } = plainText(input, 'text');
  const sha256 = sha256Of(text);
  if (held?.sha256 === sha256) return [];
  return [
    {
      type: 'SourceTextAttached',
      data: { sourceId, text, sha256, previousSha256: held?.sha256 ?? null },
    },
  ];
}

const detailsOf = (s: SourceDetailsData): SourceDetailsData => ({
  title: s.title,
  publisher: s.publisher,
  url: s.url,
  publishedOn: s.publishedOn,
  notes: s.notes,
});

export function decideSource(command: SourceCommand, state: SourceState): SourceEvent[] {
  switch (command.type) {
    case 'RegisterSource':
      return register(command.data, state);
    case 'SyncSource': {
      const { text, ...input } = command.data;
      if (!state.exists) return register(command.data, state);
      if (input.publishedOn !== null) parseFuzzyDate(input.publishedOn, 'publishedOn');
      const out: SourceEvent[] = [];
      const wanted = detailsOf(input);
      if (JSON.stringify(wanted) !== JSON.stringify(detailsOf(state))) {
        out.push({ type: 'SourceDetailsEdited', data: { sourceId: input.sourceId, ...wanted } });
      }
      if (input.reliability !== state.reliability) {
        out.push({
          type: 'SourceReliabilityRated',
          data: { sourceId: input.sourceId, reliability: input.reliability, previous: state.reliability },
        });
      }
      if (text !== undefined && text !== null) out.push(...attach(input.sourceId, text, state.text));
      return out;
    }
    case 'RateSourceReliability': {
      const { sourceId, reliability } = command.data;
      if (!state.exists) throw new NotFoundError(`source ${sourceId} does not exist`);
      if (reliability === state.reliability)
        throw new IllegalStateError(`source ${sourceId} is already rated ${reliability}`);
      return [{ type: 'SourceReliabilityRated', data: { sourceId, reliability, previous: state.reliability } }];
    }
    case 'AttachSourceText': {
      const { sourceId, text } = command.data;
      if (!state.exists) throw new NotFoundError(`source ${sourceId} does not exist`);
      return attach(sourceId, text, state.text);
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled source command ${(unreachable as { type: string }).type}`);
    }
  }
}

export const sourceDecider: Decider<SourceCommand, SourceEvent, SourceState> = {
  decide: decideSource,
  evolve: evolveSource,
  initialState: initialSourceState,
};
