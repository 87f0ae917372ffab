import { AlreadyExistsError, IllegalStateError, NotFoundError } from '../core/errors.ts';
import type { Decider } from '../core/decider.ts';
import { parseFuzzyDate } from '../dates/index.ts';
import type { SourceDetailsData, SourceEvent } from './events.ts';

type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface SourceInput extends SourceDetailsData {
  readonly sourceId: string;
  readonly reliability: Reliability;
}

export type SourceCommand =
  | { type: 'RegisterSource'; data: SourceInput }
  | { type: 'SyncSource'; data: SourceInput }
  | { type: 'RateSourceReliability'; data: { sourceId: string; reliability: Reliability } };

/** No source of this id has been registered. */
export interface AbsentSource {
  readonly status: 'absent';
}

export interface RegisteredSource extends SourceInput {
  readonly status: 'registered';
}

/** The state the source decider works on: a command's decision needs the variant it is legal on. */
export type SourceState = AbsentSource | RegisteredSource;

export const initialSourceState = (): SourceState => ({ status: 'absent' });

/** `SourceRegistered` starts a source (again); the other events change a registered one. */
export function evolveSource(state: SourceState, event: SourceEvent): SourceState {
  if (event.type === 'SourceRegistered') return { status: 'registered', ...event.data };
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'SourceReliabilityRated':
      return { ...state, reliability: event.data.reliability };
    case 'SourceDetailsEdited':
      return { ...state, ...event.data };
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled source event ${(unreachable as { type: string }).type}`);
    }
  }
}

function register(input: SourceInput, _state: AbsentSource): SourceEvent[] {
  if (input.publishedOn !== null) parseFuzzyDate(input.publishedOn, 'publishedOn');
  return [{ type: 'SourceRegistered', data: { ...input } }];
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
      const input = command.data;
      if (state.status === 'absent') return register(input, state);
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
      return out;
    }
    case 'RateSourceReliability': {
      const { sourceId, reliability } = command.data;
      if (state.status === 'absent') throw new NotFoundError(`source ${sourceId} does not exist`);
      if (reliability === state.reliability)
        throw new IllegalStateError(`source ${sourceId} is already rated ${reliability}`);
      return [{ type: 'SourceReliabilityRated', data: { sourceId, reliability, previous: state.reliability } }];
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
