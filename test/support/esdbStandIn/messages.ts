import { grpc, sharedPb, streamsPb, type ReadResp, type ServerReadCall, type ServiceError } from './grpc.ts';
import type { LogRecord } from './InMemoryLog.ts';

const { ReadResp: Resp } = streamsPb;

/** A `StreamIdentifier` holds the name as UTF-8 bytes. */
export function streamIdentifier(name: string) {
  return new sharedPb.StreamIdentifier().setStreamName(new TextEncoder().encode(name));
}

export function streamNameOf(identifier: { getStreamName_asU8(): Uint8Array } | undefined): string {
  return identifier ? new TextDecoder().decode(identifier.getStreamName_asU8()) : '';
}

/**
 * One event as EventStoreDB (22.6+) sends it from any read: the `$all` position on the record and
 * on the envelope, `type`/`content-type`/`created` in the metadata map, the id as a string UUID.
 */
export function eventMessage(record: LogRecord): ReadResp {
  const recorded = new Resp.ReadEvent.RecordedEvent()
    .setId(new sharedPb.UUID().setString(record.id))
    .setStreamIdentifier(streamIdentifier(record.stream))
    .setStreamRevision(record.revision.toString())
    .setPreparePosition(record.position.toString())
    .setCommitPosition(record.position.toString())
    .setData(record.data)
    .setCustomMetadata(record.customMetadata);
  const metadata = recorded.getMetadataMap();
  metadata.set('type', record.type);
  metadata.set('content-type', record.contentType);
  metadata.set('created', record.created.toString());
  const event = new Resp.ReadEvent().setEvent(recorded).setCommitPosition(record.position.toString());
  return new Resp().setEvent(event);
}

export function confirmationMessage(subscriptionId: string): ReadResp {
  return new Resp().setConfirmation(new Resp.SubscriptionConfirmation().setSubscriptionId(subscriptionId));
}

export function caughtUpMessage(): ReadResp {
  return new Resp().setCaughtUp(new Resp.CaughtUp());
}

export function checkpointMessage(position: bigint): ReadResp {
  return new Resp().setCheckpoint(
    new Resp.Checkpoint().setCommitPosition(position.toString()).setPreparePosition(position.toString()),
  );
}

export function streamNotFoundMessage(name: string): ReadResp {
  return new Resp().setStreamNotFound(new Resp.StreamNotFound().setStreamIdentifier(streamIdentifier(name)));
}

/** EventStoreDB's `RpcExceptions.ServerNotReady`: no leader, or the node is still starting. */
export function serverNotReady(): ServiceError {
  return { code: grpc.status.UNAVAILABLE, details: 'Server Is Not Ready' };
}

/** EventStoreDB's `RpcExceptions.LeaderInfo`: a leader-only request reached a follower. */
export function notLeader(leader: { host: string; port: number }): ServiceError {
  const metadata = new grpc.Metadata();
  metadata.set('exception', 'not-leader');
  metadata.set('leader-endpoint-host', leader.host);
  metadata.set('leader-endpoint-port', String(leader.port));
  return { code: grpc.status.NOT_FOUND, details: 'Leader info available', metadata };
}

export function invalidArgument(details: string): ServiceError {
  return { code: grpc.status.INVALID_ARGUMENT, details };
}

/**
 * Writes to a server stream, waiting for `drain` when the client reads slowly. Resolves `false`
 * once the call is cancelled (client went away, or the server shut down), so loops can stop.
 */
export function send(call: ServerReadCall, message: ReadResp): Promise<boolean> {
  if (call.cancelled || call.destroyed) return Promise.resolve(false);
  if (call.write(message)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      call.off('drain', onDrain);
      call.off('cancelled', onGone);
      call.off('close', onGone);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onGone = () => done(false);
    call.on('drain', onDrain);
    call.on('cancelled', onGone);
    call.on('close', onGone);
  });
}

/** Ends a server stream with an error status (how a gRPC server reports a failed read). */
export function fail(call: ServerReadCall, error: ServiceError): void {
  if (call.cancelled || call.destroyed) return;
  call.emit('error', error);
}
