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

/** No source of this id has been registered. */
export interface AbsentSource {
  readonly status: 'absent';
}

/** What the state keeps of the full text held: its digest tells another text from the same one. */
export interface HeldTextSummary {
  readonly sha256: string;
  readonly characters: number;
  readonly paragraphs: number;
}

export interface RegisteredSource extends SourceInput {
  readonly status: 'registered';
  /** The full text held, `null` when none. */
  readonly text: HeldTextSummary | null;
}

/** The state the source decider works on: a command's decision needs the variant it is legal on. */
export type SourceState = AbsentSource | RegisteredSource;

export const initialSourceState = (): SourceState => ({ status: 'absent' });

/** `SourceRegistered` starts a source (again); the other events change a registered one. */
export function evolveSource(state: SourceState, event: SourceEvent): SourceState {
  if (event.type === 'SourceRegistered') return { status: 'registered', ...event.data, text: null };
  if (state.status === 'absent') return state;
  switch (event.type) {
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

function register({ text, ...input }: WithText, _state: AbsentSource): SourceEvent[] {
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
function attach(sourceId: string, input: string, held: string | null): SourceEvent[] {
  const { text } = plainText(input, 'text');
  const sha256 = sha256Of(text);
  if (held === sha256) return [];
  return [{ type: 'SourceTextAttached', data: { sourceId, text, sha256, previousSha256: held } }];
}

const detailsOf = (s: SourceDetailsData): SourceDetailsData => ({
  title: s.title,
  publisher: s.publisher,
  url: s.url,
  publishedOn: s.publishedOn,
  notes: s.notes,
  locale: s.locale,
});

/**
 * Dispatches a command on the state variant it is legal on: a source's fields are there only once
 * it is registered, so a decision cannot read them before the state is narrowed.
 */
export function decideSource(command: SourceCommand, state: SourceState): SourceEvent[] {
  switch (command.type) {
    case 'RegisterSource':
      return register(command.data, absent(state, command.data.sourceId));
    case 'SyncSource': {
      const { text, ...input } = command.data;
      if (state.status === 'absent') return register(command.data, state);
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
      if (text !== undefined && text !== null) out.push(...attach(input.sourceId, text, state.text?.sha256 ?? null));
      return out;
    }
    case 'RateSourceReliability': {
      const { sourceId, reliability } = command.data;
      if (state.status === 'absent') throw new NotFoundError(`source ${sourceId} does not exist`);
      if (reliability === state.reliability)
        throw new IllegalStateError(`source ${sourceId} is already rated ${reliability}`);
      return [{ type: 'SourceReliabilityRated', data: { sourceId, reliability, previous: state.reliability } }];
    }
    case 'AttachSourceText': {
      const { sourceId, text } = command.data;
      if (state.status === 'absent') throw new NotFoundError(`source ${sourceId} does not exist`);
      return attach(sourceId, text, state.text?.sha256 ?? null);
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

function absent(state: SourceState, sourceId: string): AbsentSource {
  if (state.status !== 'absent') throw new AlreadyExistsError(`source ${sourceId} already exists`);
  return state;
}
