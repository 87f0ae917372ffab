import type { Metadata } from '@grpc/grpc-js';
import type { ServiceError } from './grpc.ts';
import { notLeader, serverNotReady } from './messages.ts';
import type { InMemoryLog } from './InMemoryLog.ts';

export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

/**
 * The node's place in its (pretend) cluster:
 * - `leader`: serves everything;
 * - `follower`: forwards writes to the leader (they succeed, the log is shared), but refuses any
 *   request sent with `requires-leader: true` with EventStoreDB's not-leader error, naming `leader`;
 * - `no-leader`: an election is under way; writes and leader-only requests fail with
 *   `UNAVAILABLE: Server Is Not Ready`.
 */
export type Role =
  | { readonly kind: 'leader' }
  | { readonly kind: 'follower'; readonly leader: Endpoint }
  | { readonly kind: 'no-leader' };

/**
 * What happens to one append:
 * - `'none'`: it is written and answered;
 * - `'cut-before-write'`: every connection is reset and nothing is written;
 * - `'cut-after-write'`: the events are written, then every connection is reset before the answer
 *   (the client cannot tell whether it was written);
 * - `'stall'`: it is held, unwritten and unanswered, until `releaseStalledAppends()` writes it (a
 *   node that commits late, after the client gave up).
 */
export type AppendFault = 'none' | 'cut-before-write' | 'cut-after-write' | 'stall';

/** What the handlers share: the log, the node's role, fault injection and a record of calls. */
export class NodeState {
  /** Replaced by `EsdbStandIn.restart({ log })` (a node that came back empty or from a backup). */
  log: InMemoryLog;
  /** Calls served, in order — `Append`, `Read`, `Subscribe` (a `Read` asking for a subscription) — so tests see what the client really did. */
  readonly calls: string[] = [];
  #role: Role = { kind: 'leader' };
  readonly #roleListeners = new Set<() => void>();
  /** How many coming appends write their events and then fail with UNAVAILABLE (a lost acknowledgement). */
  loseAcknowledgements = 0;
  /** Where each subscription started: `start`, `end`, or the position it is strictly after. */
  readonly subscriptionStarts: ('start' | 'end' | bigint)[] = [];
  /** Whether subscriptions send `caught_up` (EventStoreDB 23.10+). False plays an older server. */
  sendsCaughtUp = true;
  /** The faults of the coming appends, in order: each append takes the first (none once empty). */
  appendFaults: AppendFault[] = [];
  /** Appends held by `'stall'`: each writes its events and answers (if the client still listens). */
  readonly stalledAppends: (() => void)[] = [];
  /** Resets every client connection (set by the stand-in to its proxy's `cut`). */
  cutConnections: () => void = () => {};
  #subscriptionsHeld = false;
  readonly #holdListeners = new Set<() => void>();

  constructor(log: InMemoryLog) {
    this.log = log;
  }

  /**
   * While held, subscriptions send nothing more (a subscription that fell behind, a slow link to
   * one client); appends and reads are served as usual. Released, they send what they owe, in order.
   */
  get subscriptionsHeld(): boolean {
    return this.#subscriptionsHeld;
  }

  set subscriptionsHeld(held: boolean) {
    this.#subscriptionsHeld = held;
    for (const listener of [...this.#holdListeners]) listener();
  }

  onHoldChange(listener: () => void): () => void {
    this.#holdListeners.add(listener);
    return () => this.#holdListeners.delete(listener);
  }

  /** Writes and answers every stalled append, oldest first. */
  releaseStalledAppends(): void {
    for (const release of this.stalledAppends.splice(0)) release();
  }

  get role(): Role {
    return this.#role;
  }

  set role(role: Role) {
    this.#role = role;
    for (const listener of [...this.#roleListeners]) listener();
  }

  onRoleChange(listener: () => void): () => void {
    this.#roleListeners.add(listener);
    return () => this.#roleListeners.delete(listener);
  }

  /** Why this node refuses a request now, or `undefined` when it serves it. */
  refusal(metadata: Metadata, write: boolean): ServiceError | undefined {
    const requiresLeader = metadata.get('requires-leader')[0] === 'true';
    const role = this.#role;
    if (role.kind === 'no-leader' && (write || requiresLeader)) return serverNotReady();
    if (role.kind === 'follower' && requiresLeader) return notLeader(role.leader);
    return undefined;
  }
}
