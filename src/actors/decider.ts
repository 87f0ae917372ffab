import { AlreadyExistsError, IllegalStateError, NotFoundError, ValidationError } from '../core/errors.ts';
import type { Decider } from '../core/decider.ts';
import type { ActorEvent, ActorKindValue } from './events.ts';

export interface ActorInput {
  readonly actorId: string;
  readonly name: string;
  readonly kind: ActorKindValue;
  readonly aliases: readonly string[];
  readonly notes: string | null;
}

export type ActorCommand =
  | { type: 'RegisterActor'; data: ActorInput }
  /** Brings the actor to `data` (dossier import); aliases only accumulate, never vanish. */
  | { type: 'SyncActor'; data: ActorInput }
  | { type: 'RenameActor'; data: { actorId: string; name: string } }
  | { type: 'AddActorAlias'; data: { actorId: string; alias: string } }
  | { type: 'MergeActor'; data: { actorId: string; into: string } };

export interface ActorState {
  readonly exists: boolean;
  readonly actorId: string;
  readonly name: string;
  readonly kind: ActorKindValue;
  readonly aliases: readonly string[];
  readonly notes: string | null;
  readonly mergedInto: string | null;
}

export const initialActorState = (): ActorState => ({
  exists: false,
  actorId: '',
  name: '',
  kind: 'organization',
  aliases: [],
  notes: null,
  mergedInto: null,
});

export function evolveActor(state: ActorState, event: ActorEvent): ActorState {
  switch (event.type) {
    case 'ActorRegistered':
      return { ...initialActorState(), exists: true, ...event.data, aliases: [...event.data.aliases] };
    case 'ActorRenamed':
      return { ...state, name: event.data.name };
    case 'ActorAliasAdded':
      return { ...state, aliases: [...state.aliases, event.data.alias] };
    case 'ActorMerged':
      return { ...state, mergedInto: event.data.into };
    case 'ActorDescribed':
      return { ...state, kind: event.data.kind, notes: event.data.notes };
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled actor event ${(unreachable as { type: string }).type}`);
    }
  }
}

function existing(state: ActorState, actorId: string): ActorState {
  if (!state.exists) throw new NotFoundError(`actor ${actorId} does not exist`);
  return state;
}

function register(input: ActorInput, state: ActorState): ActorEvent[] {
  if (state.exists) throw new AlreadyExistsError(`actor ${input.actorId} already exists`);
  const aliases = [...new Set(input.aliases.filter((a) => a !== input.name))];
  return [{ type: 'ActorRegistered', data: { ...input, aliases } }];
}

function sync(input: ActorInput, state: ActorState): ActorEvent[] {
  if (!state.exists) return register(input, state);
  const { actorId } = input;
  const out: ActorEvent[] = [];
  if (input.name !== state.name)
    out.push({ type: 'ActorRenamed', data: { actorId, name: input.name, previousName: state.name } });
  if (input.kind !== state.kind || input.notes !== state.notes)
    out.push({ type: 'ActorDescribed', data: { actorId, kind: input.kind, notes: input.notes } });
  const known = new Set([...state.aliases, state.name, input.name]);
  for (const alias of input.aliases) {
    if (!known.has(alias)) {
      known.add(alias);
      out.push({ type: 'ActorAliasAdded', data: { actorId, alias } });
    }
  }
  return out;
}

export function decideActor(command: ActorCommand, state: ActorState): ActorEvent[] {
  switch (command.type) {
    case 'RegisterActor':
      return register(command.data, state);
    case 'SyncActor':
      return sync(command.data, state);
    case 'RenameActor': {
      const { actorId, name } = command.data;
      existing(state, actorId);
      if (name === state.name) throw new IllegalStateError(`actor ${actorId} is already named ${name}`);
      return [{ type: 'ActorRenamed', data: { actorId, name, previousName: state.name } }];
    }
    case 'AddActorAlias': {
      const { actorId, alias } = command.data;
      existing(state, actorId);
      if (alias === state.name || state.aliases.includes(alias))
        throw new IllegalStateError(`actor ${actorId} is already known as ${alias}`);
      return [{ type: 'ActorAliasAdded', data: { actorId, alias } }];
    }
    case 'MergeActor': {
      const { actorId, into } = command.data;
      existing(state, actorId);
      if (into === actorId) throw ValidationError.at('into', 'an actor cannot be merged into itself');
      if (state.mergedInto === into) return [];
      if (state.mergedInto) throw new IllegalStateError(`actor ${actorId} is already merged into ${state.mergedInto}`);
      return [{ type: 'ActorMerged', data: { actorId, into } }];
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled actor command ${(unreachable as { type: string }).type}`);
    }
  }
}

export const actorDecider: Decider<ActorCommand, ActorEvent, ActorState> = {
  decide: decideActor,
  evolve: evolveActor,
  initialState: initialActorState,
};
