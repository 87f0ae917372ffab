import { createRequire } from 'node:module';
import type * as GrpcJs from '@grpc/grpc-js';
import type * as SharedPb from '@eventstore/db-client/generated/shared_pb.js';
import type * as StreamsGrpcPb from '@eventstore/db-client/generated/streams_grpc_pb.js';
import type * as StreamsPb from '@eventstore/db-client/generated/streams_pb.js';

/**
 * Everything the stand-in serves with comes from the client package's own directory: the same
 * `@grpc/grpc-js` instance the client resolves and the same generated message classes. The
 * generated serializers check `instanceof` against their own module, so a second copy of either
 * would make every call fail with "Expected argument of type …".
 */
const fromClient = createRequire(createRequire(import.meta.url).resolve('@eventstore/db-client/package.json'));

export const grpc = fromClient('@grpc/grpc-js') as typeof GrpcJs;
export const streamsGrpc = fromClient('./generated/streams_grpc_pb.js') as typeof StreamsGrpcPb;
export const streamsPb = fromClient('./generated/streams_pb.js') as typeof StreamsPb;
export const sharedPb = fromClient('./generated/shared_pb.js') as typeof SharedPb;

export type ReadResp = StreamsPb.ReadResp;
export type ReadOptions = StreamsPb.ReadReq.Options;
export type AppendReq = StreamsPb.AppendReq;
export type ServerReadCall = GrpcJs.ServerWritableStream<StreamsPb.ReadReq, StreamsPb.ReadResp>;
export type ServerAppendCall = GrpcJs.ServerReadableStream<StreamsPb.AppendReq, StreamsPb.AppendResp>;
export type AppendCallback = GrpcJs.sendUnaryData<StreamsPb.AppendResp>;
export type ServiceError = Partial<GrpcJs.StatusObject>;
