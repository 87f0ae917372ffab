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

/** No topic of this id has been defined. */
export interface AbsentTopic {
  readonly status: 'absent';
}

export interface DefinedTopic {
  readonly status: 'defined';
  readonly topicId: string;
  readonly label: string;
  readonly parent: string | null;
  readonly notes: string | null;
}

/** The state the topic decider works on: each command's decision takes the variant it is legal on. */
export type TopicState = AbsentTopic | DefinedTopic;

export const initialTopicState = (): TopicState => ({ status: 'absent' });

/** `TopicDefined` starts a topic (again); the other events change a defined one. */
export function evolveTopic(state: TopicState, event: TopicEvent): TopicState {
  if (event.type === 'TopicDefined') {
    const { topicId, label, parent, notes } = event.data;
    return { status: 'defined', topicId, label, parent, notes };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
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

/** Dispatches a command to its decision, with the state narrowed to the variant it is legal on. */
export function decideTopic(command: TopicCommand, state: TopicState): TopicEvent[] {
  switch (command.type) {
    case 'DefineTopic':
      return define(command.data, absent(state, command.data.topicId));
    case 'SyncTopic':
      return sync(command.data, state);
    case 'RenameTopic':
      return rename(command.data, defined(state, command.data.topicId));
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

function absent(state: TopicState, topicId: string): AbsentTopic {
  if (state.status !== 'absent') throw new AlreadyExistsError(`topic ${topicId} already exists`);
  return state;
}

function defined(state: TopicState, topicId: string): DefinedTopic {
  if (state.status === 'absent') throw new NotFoundError(`topic ${topicId} does not exist`);
  return state;
}

function checkParent(input: TopicInput): void {
  if (input.parent === input.topicId) throw ValidationError.at('parent', 'a topic cannot be its own parent');
}

function define(input: TopicInput, _state: AbsentTopic): TopicEvent[] {
  checkParent(input);
  return [{ type: 'TopicDefined', data: { ...input } }];
}

/** Brings the topic to `input`: defines it, or relabels it and moves or redescribes it. */
function sync(input: TopicInput, state: TopicState): TopicEvent[] {
  if (state.status === 'absent') return define(input, state);
  checkParent(input);
  const { topicId } = input;
  const out: TopicEvent[] = [];
  if (input.label !== state.label)
    out.push({ type: 'TopicRenamed', data: { topicId, label: input.label, previousLabel: state.label } });
  if (input.parent !== state.parent || input.notes !== state.notes)
    out.push({ type: 'TopicDescribed', data: { topicId, parent: input.parent, notes: input.notes } });
  return out;
}

function rename({ topicId, label }: { topicId: string; label: string }, state: DefinedTopic): TopicEvent[] {
  if (label === state.label) throw new IllegalStateError(`topic ${topicId} is already labelled ${label}`);
  return [{ type: 'TopicRenamed', data: { topicId, label, previousLabel: state.label } }];
}
