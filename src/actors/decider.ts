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

/** No actor of this id has been registered. */
export interface AbsentActor {
  readonly status: 'absent';
}

/** A registered actor; `mergedInto` names the actor it was found to be, once merged. */
export interface RegisteredActor {
  readonly status: 'registered';
  readonly actorId: string;
  readonly name: string;
  readonly kind: ActorKindValue;
  readonly aliases: readonly string[];
  readonly notes: string | null;
  readonly mergedInto: string | null;
}

/** The state the actor decider works on: each command's decision takes the variant it is legal on. */
export type ActorState = AbsentActor | RegisteredActor;

export const initialActorState = (): ActorState => ({ status: 'absent' });

/** `ActorRegistered` starts an actor (again); the other events change a registered one. */
export function evolveActor(state: ActorState, event: ActorEvent): ActorState {
  if (event.type === 'ActorRegistered') {
    const { actorId, name, kind, aliases, notes } = event.data;
    return { status: 'registered', actorId, name, kind, aliases: [...aliases], notes, mergedInto: null };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
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

/** Dispatches a command to its decision, with the state narrowed to the variant it is legal on. */
export function decideActor(command: ActorCommand, state: ActorState): ActorEvent[] {
  switch (command.type) {
    case 'RegisterActor':
      return register(command.data, absent(state, command.data.actorId));
    case 'SyncActor':
      return sync(command.data, state);
    case 'RenameActor':
      return rename(command.data, registered(state, command.data.actorId));
    case 'AddActorAlias':
      return addAlias(command.data, registered(state, command.data.actorId));
    case 'MergeActor':
      return merge(command.data, registered(state, command.data.actorId));
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

function absent(state: ActorState, actorId: string): AbsentActor {
  if (state.status !== 'absent') throw new AlreadyExistsError(`actor ${actorId} already exists`);
  return state;
}

function registered(state: ActorState, actorId: string): RegisteredActor {
  if (state.status === 'absent') throw new NotFoundError(`actor ${actorId} does not exist`);
  return state;
}

function register(input: ActorInput, _state: AbsentActor): ActorEvent[] {
  const aliases = [...new Set(input.aliases.filter((a) => a !== input.name))];
  return [{ type: 'ActorRegistered', data: { ...input, aliases } }];
}

/** Brings the actor to `input`: registers it, or renames and redescribes it and adds new aliases. */
function sync(input: ActorInput, state: ActorState): ActorEvent[] {
  if (state.status === 'absent') return register(input, state);
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

function rename({ actorId, name }: { actorId: string; name: string }, state: RegisteredActor): ActorEvent[] {
  if (name === state.name) throw new IllegalStateError(`actor ${actorId} is already named ${name}`);
  return [{ type: 'ActorRenamed', data: { actorId, name, previousName: state.name } }];
}

function addAlias({ actorId, alias }: { actorId: string; alias: string }, state: RegisteredActor): ActorEvent[] {
  if (alias === state.name || state.aliases.includes(alias))
    throw new IllegalStateError(`actor ${actorId} is already known as ${alias}`);
  return [{ type: 'ActorAliasAdded', data: { actorId, alias } }];
}

function merge({ actorId, into }: { actorId: string; into: string }, state: RegisteredActor): ActorEvent[] {
  if (into === actorId) throw ValidationError.at('into', 'an actor cannot be merged into itself');
  if (state.mergedInto === into) return [];
  if (state.mergedInto) throw new IllegalStateError(`actor ${actorId} is already merged into ${state.mergedInto}`);
  return [{ type: 'ActorMerged', data: { actorId, into } }];
}
