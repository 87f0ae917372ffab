import { randomUUID } from 'node:crypto';
import { streamsPb, type ReadOptions, type ServerReadCall } from './grpc.ts';
import type { NodeState } from './cluster.ts';
import { filterOf } from './filter.ts';
import {
  caughtUpMessage,
  checkpointMessage,
  confirmationMessage,
  eventMessage,
  fail,
  invalidArgument,
  send,
} from './messages.ts';

const Case = streamsPb.ReadReq.Options.AllOptions.AllOptionCase;

/**
 * A catch-up subscription to `$all`, as EventStoreDB 23.10+ runs one:
 * 1. `confirmation` with a subscription id;
 * 2. the history strictly after the start position (`start`: everything; `end`: nothing);
 * 3. `caught_up` once it has reached the end of the log (sent once; 23.10+);
 * 4. live events as they are appended, on the same cursor, so nothing is skipped or repeated.
 *
 * With a filter, every considered event (matching or not) counts towards the checkpoint
 * interval; when it is reached a `checkpoint` is sent at the position of the last considered
 * event, if that is past the last checkpoint. A checkpoint is also sent when the catch-up reaches
 * the end of the log with considered events since the last one ("issue a checkpoint when going
 * live", 24.x). Checkpoints never point past an event that has not been considered (the KDB-744
 * fix in 24.10/25.0.1).
 *
 * The subscription ends when the client cancels, the server stops, or the node stops being
 * leader while the request said `requires-leader` (EventStoreDB drops those).
 */
export async function serveSubscription(node: NodeState, call: ServerReadCall, options: ReadOptions): Promise<void> {
  if (!options.hasAll()) return fail(call, invalidArgument('the stand-in serves subscriptions to $all only'));
  const filter = filterOf(options);
  if (!('matches' in filter)) return fail(call, filter);

  const all = node.log.all;
  const allOptions = options.getAll()!;
  let next = 0;
  if (allOptions.getAllOptionCase() === Case.END) {
    next = all.length;
    node.subscriptionStarts.push('end');
  } else if (allOptions.getAllOptionCase() === Case.POSITION) {
    const commit = BigInt(allOptions.getPosition()!.getCommitPosition());
    node.subscriptionStarts.push(commit);
    next = all.findIndex((record) => record.position > commit);
    if (next === -1) next = all.length;
  } else node.subscriptionStarts.push('start');

  let wake: (() => void) | undefined;
  const stopListening = node.log.onAppend(() => wake?.());
  const stopWatchingRole = node.onRoleChange(() => {
    const refusal = node.refusal(call.metadata, false);
    if (refusal) fail(call, refusal);
    wake?.();
  });
  const stopWatchingHold = node.onHoldChange(() => wake?.());
  const gone = () => wake?.();
  call.on('cancelled', gone);
  call.on('close', gone);
  const open = () => !call.cancelled && !call.destroyed && !call.writableEnded;

  try {
    if (!(await send(call, confirmationMessage(randomUUID())))) return;
    let caughtUp = false;
    let considered = 0;
    let lastConsidered: bigint | undefined;
    let lastCheckpoint: bigint | undefined;
    const checkpoint = async (): Promise<boolean> => {
      considered = 0;
      if (lastConsidered === undefined || (lastCheckpoint !== undefined && lastConsidered <= lastCheckpoint))
        return true;
      lastCheckpoint = lastConsidered;
      return send(call, checkpointMessage(lastConsidered));
    };
    while (open()) {
      while (next < all.length && !node.subscriptionsHeld) {
        const record = all[next]!;
        next += 1;
        if (filter.matches(record) && !(await send(call, eventMessage(record)))) return;
        if (filter.checkpointInterval === undefined) continue;
        considered += 1;
        lastConsidered = record.position;
        if (considered >= filter.checkpointInterval && !(await checkpoint())) return;
      }
      if (!caughtUp && next >= all.length) {
        caughtUp = true;
        if (filter.checkpointInterval !== undefined && considered > 0 && !(await checkpoint())) return;
        if (node.sendsCaughtUp && !(await send(call, caughtUpMessage()))) return;
      }
      if ((next < all.length && !node.subscriptionsHeld) || !open()) continue;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    stopListening();
    stopWatchingRole();
    stopWatchingHold();
    call.off('cancelled', gone);
    call.off('close', gone);
  }
}
