import { AlreadyExistsError, IllegalStateError, NotFoundError, ValidationError } from '../core/errors.ts';
import type { Decider } from '../core/decider.ts';
import type { TopicEvent } from './events.ts';

export interface TopicInput {
  readonly topicId: string;
  readonly label: string;
  readonly parent: string | null;
  readonly notes: string | null;
}

export type TopicCommand =
  | { type: 'DefineTopic'; data: TopicInput }
  | { type: 'SyncTopic'; data: TopicInput }
  | { type: 'RenameTopic'; data: { topicId: string; label: string } };

export interface TopicState {
  readonly exists: boolean;
  readonly topicId: string;
  readonly label: string;
  readonly parent: string | null;
  readonly notes: string | null;
}

export const initialTopicState = (): TopicState => ({
  exists: false,
  topicId: '',
  label: '',
  parent: null,
  notes: null,
});

export function evolveTopic(state: TopicState, event: TopicEvent): TopicState {
  switch (event.type) {
    case 'TopicDefined':
      return { exists: true, ...event.data };
    case 'TopicRenamed':
      return { ...state, label: event.data.label };
    case 'TopicDescribed':
      return { ...state, parent: event.data.parent, notes: event.data.notes };
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled topic event ${(unreachable as { type: string }).type}`);
    }
  }
}

function define(input: TopicInput, state: TopicState): TopicEvent[] {
  if (state.exists) throw new AlreadyExistsError(`topic ${input.topicId} already exists`);
  if (input.parent === input.topicId) throw ValidationError.at('parent', 'a topic cannot be its own parent');
  return [{ type: 'TopicDefined', data: { ...input } }];
}

export function decideTopic(command: TopicCommand, state: TopicState): TopicEvent[] {
  switch (command.type) {
    case 'DefineTopic':
      return define(command.data, state);
    case 'SyncTopic': {
      const input = command.data;
      if (!state.exists) return define(input, state);
      if (input.parent === input.topicId) throw ValidationError.at('parent', 'a topic cannot be its own parent');
      const out: TopicEvent[] = [];
      if (input.label !== state.label)
        out.push({
          type: 'TopicRenamed',
          data: { topicId: input.topicId, label: input.label, previousLabel: state.label },
        });
      if (input.parent !== state.parent || input.notes !== state.notes) {
        out.push({
          type: 'TopicDescribed',
          data: { topicId: input.topicId, parent: input.parent, notes: input.notes },
        });
      }
      return out;
    }
    case 'RenameTopic': {
      const { topicId, label } = command.data;
      if (!state.exists) throw new NotFoundError(`topic ${topicId} does not exist`);
      if (label === state.label) throw new IllegalStateError(`topic ${topicId} is already labelled ${label}`);
      return [{ type: 'TopicRenamed', data: { topicId, label, previousLabel: state.label } }];
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled topic command ${(unreachable as { type: string }).type}`);
    }
  }
}

export const topicDecider: Decider<TopicCommand, TopicEvent, TopicState> = {
  decide: decideTopic,
  evolve: evolveTopic,
  initialState: initialTopicState,
};
