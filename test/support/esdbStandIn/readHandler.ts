import { streamsPb, type ReadOptions, type ServerReadCall } from './grpc.ts';
import type { NodeState } from './cluster.ts';
import type { LogRecord } from './InMemoryLog.ts';
import { eventMessage, fail, invalidArgument, send, streamNameOf, streamNotFoundMessage } from './messages.ts';
import { serveSubscription } from './subscriptionHandler.ts';

const Options = streamsPb.ReadReq.Options;

/**
 * `Streams.Read` (server streaming) serves three things, told apart by the options:
 * a subscription (`subscription` set), a stream read (`stream`) and a `$all` read (`all`).
 * Reads send the selected events and end; a missing stream is one `stream_not_found` message.
 */
export function readHandler(node: NodeState) {
  return (call: ServerReadCall): void => {
    const options = call.request.getOptions();
    node.calls.push(options?.hasSubscription() ? 'Subscribe' : 'Read');
    if (!options) return fail(call, invalidArgument('a read needs its options'));
    if (options.getUuidOption()?.hasStructured())
      return fail(call, invalidArgument('the stand-in sends string UUIDs only'));
    const refusal = node.refusal(call.metadata, false);
    if (refusal) return fail(call, refusal);
    if (options.hasSubscription()) return void serveSubscription(node, call, options);
    if (options.hasFilter())
      return fail(call, invalidArgument('the stand-in does not serve filtered reads (only filtered subscriptions)'));
    const events = options.hasStream() ? selectFromStream(node, options) : selectFromAll(node, options);
    void sendAll(call, events);
  };
}

async function sendAll(
  call: ServerReadCall,
  events: readonly LogRecord[] | { readonly notFound: string },
): Promise<void> {
  if ('notFound' in events) {
    if (await send(call, streamNotFoundMessage(events.notFound))) call.end();
    return;
  }
  for (const record of events) if (!(await send(call, eventMessage(record)))) return;
  call.end();
}

function countOf(options: ReadOptions): number {
  const count = BigInt(options.getCount() || '0');
  return count > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(count);
}

function backwards(options: ReadOptions): boolean {
  return options.getReadDirection() === Options.ReadDirection.BACKWARDS;
}

/** Forwards: revisions from the given one (inclusive). Backwards: from it down (inclusive). */
function selectFromStream(node: NodeState, options: ReadOptions): readonly LogRecord[] | { readonly notFound: string } {
  const streamOptions = options.getStream()!;
  const name = streamNameOf(streamOptions.getStreamIdentifier());
  const records = node.log.stream(name);
  if (!records) return { notFound: name };
  const Case = Options.StreamOptions.RevisionOptionCase;
  const last = records.at(-1)!.revision;
  const from =
    streamOptions.getRevisionOptionCase() === Case.REVISION
      ? BigInt(streamOptions.getRevision())
      : streamOptions.getRevisionOptionCase() === Case.END
        ? backwards(options)
          ? last
          : last + 1n
        : 0n;
  const count = countOf(options);
  return backwards(options)
    ? records
        .filter((r) => r.revision <= from)
        .reverse()
        .slice(0, count)
    : records.filter((r) => r.revision >= from).slice(0, count);
}

/**
 * `$all`, system events included. Forwards from a position includes the event at it; backwards
 * from a position starts with the event before it (EventStoreDB's `ReadAllEventsForward/Backward`).
 */
function selectFromAll(node: NodeState, options: ReadOptions): readonly LogRecord[] {
  const allOptions = options.getAll()!;
  const Case = Options.AllOptions.AllOptionCase;
  const all = node.log.all;
  const count = countOf(options);
  const at = allOptions.getPosition();
  const position = at
    ? { commit: BigInt(at.getCommitPosition()), prepare: BigInt(at.getPreparePosition()) }
    : undefined;
  const compare = (record: LogRecord) =>
    !position
      ? 0
      : record.position !== position.commit
        ? record.position < position.commit
          ? -1
          : 1
        : record.position < position.prepare
          ? -1
          : record.position > position.prepare
            ? 1
            : 0;
  if (backwards(options)) {
    const selected =
      allOptions.getAllOptionCase() === Case.START
        ? []
        : allOptions.getAllOptionCase() === Case.END
          ? [...all]
          : all.filter((r) => compare(r) < 0);
    return selected.reverse().slice(0, count);
  }
  const selected =
    allOptions.getAllOptionCase() === Case.END
      ? []
      : allOptions.getAllOptionCase() === Case.START
        ? all
        : all.filter((r) => compare(r) >= 0);
  return selected.slice(0, count);
}
