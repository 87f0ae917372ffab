import type { Server } from '@grpc/grpc-js';
import { appendHandler } from './appendHandler.ts';
import { NodeState, type Endpoint, type Role } from './cluster.ts';
import { grpc, streamsGrpc } from './grpc.ts';
import { InMemoryLog, type InMemoryLogOptions } from './InMemoryLog.ts';
import { readHandler } from './readHandler.ts';

export interface StandInOptions {
  /** The log to serve; pass another node's log to share data (a cluster), or a stopped node's (a restart). */
  readonly log?: InMemoryLog;
  readonly logOptions?: InMemoryLogOptions;
  /** Default 0: an ephemeral port on 127.0.0.1. */
  readonly port?: number;
}

const HOST = '127.0.0.1';

/**
 * A TEST DOUBLE of one EventStoreDB node: an in-process gRPC server on 127.0.0.1 that serves the
 * `event_store.client.streams.Streams` service (`Append`, `Read`) from the definitions shipped in
 * `@eventstore/db-client`, over an in-memory log. It is never a product store.
 *
 * What it leaves out on purpose, and how the real client copes:
 * - `ServerFeatures` is not served: the client gets UNIMPLEMENTED, assumes an unknown server
 *   version, and uses plain `Append` instead of `BatchAppend`;
 * - `Gossip` is not served: a single-node connection string (`esdb://host:port?tls=false`) never
 *   asks for it; only `esdb+discover://` and multi-host strings do;
 * - `Delete`, `Tombstone`, `BatchAppend` and every other service answer UNIMPLEMENTED.
 */
export class EsdbStandIn {
  readonly node: NodeState;
  #server: Server | undefined;
  #port: number;

  private constructor(node: NodeState, port: number) {
    this.node = node;
    this.#port = port;
  }

  static async start(options: StandInOptions = {}): Promise<EsdbStandIn> {
    const standIn = new EsdbStandIn(
      new NodeState(options.log ?? new InMemoryLog(options.logOptions)),
      options.port ?? 0,
    );
    await standIn.#listen();
    return standIn;
  }

  get log(): InMemoryLog {
    return this.node.log;
  }

  get port(): number {
    return this.#port;
  }

  get endpoint(): Endpoint {
    return { host: HOST, port: this.#port };
  }

  /** The connection string the real client uses for this node: single node, no TLS, no gossip. */
  get connectionString(): string {
    return `esdb://${HOST}:${this.#port}?tls=false`;
  }

  get running(): boolean {
    return this.#server !== undefined;
  }

  set role(role: Role) {
    this.node.role = role;
  }

  /** Stops at once, like a crashed node: open calls are cut, the port is freed, the log is kept. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    server?.forceShutdown();
  }

  /** Starts a new gRPC server on the same port over the same log (a node restart). */
  async restart(): Promise<void> {
    await this.stop();
    await this.#listen();
  }

  async #listen(): Promise<void> {
    const server = new grpc.Server();
    server.addService(streamsGrpc.StreamsService, { append: appendHandler(this.node), read: readHandler(this.node) });
    this.#port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`${HOST}:${this.#port}`, grpc.ServerCredentials.createInsecure(), (error, port) =>
        error ? reject(error) : resolve(port),
      ),
    );
    this.#server = server;
  }
}
