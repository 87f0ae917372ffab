import {
  grpc,
  sharedPb,
  streamsPb,
  type AppendCallback,
  type AppendReq,
  type ServerAppendCall,
  type ServiceError,
} from './grpc.ts';
import type { NodeState } from './cluster.ts';
import type { ProposedRecord } from './InMemoryLog.ts';
import { invalidArgument, streamNameOf } from './messages.ts';

const { AppendResp } = streamsPb;
const Options = streamsPb.AppendReq.Options;

/**
 * `Streams.Append` (client streaming): the first message carries the options (stream, expected
 * revision), every further one a proposed event. As EventStoreDB does, the whole request is read,
 * then checked, then written at once:
 * - `type` and `content-type` metadata are required (`INVALID_ARGUMENT` otherwise);
 * - a failed revision check is a *successful* call whose response is `wrong_expected_version`,
 *   naming the current revision (or `current_no_stream`) and the expectation;
 * - success reports the stream's last revision and the `$all` position of the last event written.
 *
 * Server-side idempotence (EventStoreDB's cache of recent event ids) is not emulated: the adapter
 * never relies on it, it de-duplicates by reading the stream first.
 */
export function appendHandler(node: NodeState) {
  return (call: ServerAppendCall, callback: AppendCallback): void => {
    node.calls.push('Append');
    let options: InstanceType<typeof Options> | undefined;
    const proposed: ProposedRecord[] = [];
    let failed = false;
    const refuse = (details: string) => {
      if (failed) return;
      failed = true;
      callback(invalidArgument(details));
    };

    call.on('data', (request: AppendReq) => {
      if (failed) return;
      if (!options) {
        if (!request.hasOptions()) return refuse('the first AppendReq must carry the options');
        options = request.getOptions()!;
        return;
      }
      const message = request.getProposedMessage();
      if (!message) return refuse('every AppendReq after the first must carry a proposed message');
      const metadata = message.getMetadataMap();
      const type = metadata.get('type');
      const contentType = metadata.get('content-type');
      if (!type) return refuse("Required Metadata Property 'type' is missing");
      if (!contentType) return refuse("Required Metadata Property 'content-type' is missing");
      proposed.push({
        id: message.getId()?.getString() ?? '',
        type,
        contentType,
        data: message.getData_asU8(),
        customMetadata: message.getCustomMetadata_asU8(),
      });
    });

    call.on('end', () => {
      if (failed) return;
      if (!options) return refuse('an append needs its options');
      const refusal = node.refusal(call.metadata, true);
      if (refusal) return callback(refusal);
      const fault = node.appendFaults.shift() ?? 'none';
      if (fault === 'cut-before-write') return node.cutConnections();
      const answer = () => {
        const outcome = write(node, options!, proposed);
        if (fault === 'cut-after-write') return node.cutConnections();
        if (call.cancelled) return;
        if ('lost' in outcome) callback(outcome.lost);
        else callback(null, outcome.response);
      };
      if (fault === 'stall') node.stalledAppends.push(answer);
      else answer();
    });
  };
}

type Outcome = { readonly response: InstanceType<typeof AppendResp> } | { readonly lost: ServiceError };

function write(node: NodeState, options: InstanceType<typeof Options>, events: readonly ProposedRecord[]): Outcome {
  const stream = streamNameOf(options.getStreamIdentifier());
  const current = node.log.lastRevision(stream);
  const response = new AppendResp();
  const Case = Options.ExpectedStreamRevisionCase;
  const expectation = options.getExpectedStreamRevisionCase();
  const ok =
    expectation === Case.ANY ||
    (expectation === Case.NO_STREAM && current === undefined) ||
    (expectation === Case.STREAM_EXISTS && current !== undefined) ||
    (expectation === Case.REVISION && current !== undefined && current === BigInt(options.getRevision()));

  if (!ok) {
    const wrong = new AppendResp.WrongExpectedVersion();
    if (current === undefined) wrong.setCurrentNoStream(new sharedPb.Empty());
    else wrong.setCurrentRevision(current.toString());
    if (expectation === Case.REVISION) wrong.setExpectedRevision(options.getRevision());
    else if (expectation === Case.STREAM_EXISTS) wrong.setExpectedStreamExists(new sharedPb.Empty());
    else if (expectation === Case.NO_STREAM) wrong.setExpectedNoStream(new sharedPb.Empty());
    else wrong.setExpectedAny(new sharedPb.Empty());
    return { response: response.setWrongExpectedVersion(wrong) };
  }

  const written = node.log.append(stream, events);
  if (node.loseAcknowledgements > 0) {
    node.loseAcknowledgements -= 1;
    return {
      lost: {
        code: grpc.status.UNAVAILABLE,
        details: 'Connection dropped (the stand-in wrote the events and lost the acknowledgement)',
      },
    };
  }
  const success = new AppendResp.Success();
  const revision = node.log.lastRevision(stream);
  if (revision === undefined) success.setNoStream(new sharedPb.Empty());
  else success.setCurrentRevision(revision.toString());
  const last = written.at(-1);
  if (last)
    success.setPosition(
      new AppendResp.Position()
        .setCommitPosition(last.position.toString())
        .setPreparePosition(last.position.toString()),
    );
  else success.setNoPosition(new sharedPb.Empty());
  return { response: response.setSuccess(success) };
}
