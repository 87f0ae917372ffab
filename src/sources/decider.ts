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

export interface SourceState extends SourceInput {
  readonly exists: boolean;
}

export const initialSourceState = (): SourceState => ({
  exists: false,
  sourceId: '',
  title: '',
  publisher: null,
  url: null,
  publishedOn: null,
  notes: null,
  locale: null,
  reliability: 'F',
});

export function evolveSource(state: SourceState, event: SourceEvent): SourceState {
  switch (event.type) {
    case 'SourceRegistered':
      return { exists: true, ...event.data };
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

function register(input: SourceInput, state: SourceState): SourceEvent[] {
  if (state.exists) throw new AlreadyExistsError(`source ${input.sourceId} already exists`);
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

export function decideSource(command: SourceCommand, state: SourceState): SourceEvent[] {
  switch (command.type) {
    case 'RegisterSource':
      return register(command.data, state);
    case 'SyncSource': {
      const input = command.data;
      if (!state.exists) return register(input, state);
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
      if (!state.exists) throw new NotFoundError(`source ${sourceId} does not exist`);
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
