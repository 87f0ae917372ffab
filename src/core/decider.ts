/**
 * The decider pattern: commands are decided by pure functions over the state folded from a
 * stream's events. `decide` throws a typed error when a command breaks an invariant.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}
