import type { Server } from '@grpc/grpc-js';
import { appendHandler } from './appendHandler.ts';
import { NodeState, type Endpoint, type Role } from './cluster.ts';
import { FaultProxy } from './faultProxy.ts';
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
 *
 * Clients reach it through a `FaultProxy` on the public port, so a test can freeze the node (it
 * accepts connections and answers nothing, as under SIGSTOP), cut every connection, add latency,
 * or restart it over an empty or older log (a node restored from a backup).
 */
export class EsdbStandIn {
  readonly node: NodeState;
  readonly #proxy: FaultProxy;
  #server: Server | undefined;
  #grpcPort = 0;
  #port: number;

  private constructor(node: NodeState, port: number) {
    this.node = node;
    this.#port = port;
    this.#proxy = new FaultProxy(() => this.#grpcPort);
    node.cutConnections = () => this.#proxy.cut();
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

  /** The fault proxy in front of the node: `freeze()`, `thaw()`, `cut()`, `latencyMs`, `held`. */
  get proxy(): FaultProxy {
    return this.#proxy;
  }

  /** Stops at once, like a crashed node: open calls are cut, the port is freed, the log is kept. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    this.#proxy.close();
    server?.forceShutdown();
  }

  /**
   * Starts a new gRPC server on the same port (a node restart), over the same log, or over `log`:
   * `new InMemoryLog()` plays a node that came back empty, `log.restoredTo(n)` one restored from an
   * older backup.
   */
  async restart(options: { readonly log?: InMemoryLog } = {}): Promise<void> {
    await this.stop();
    if (options.log) this.node.log = options.log;
    await this.#listen();
  }

  async #listen(): Promise<void> {
    const server = new grpc.Server();
    server.addService(streamsGrpc.StreamsService, { append: appendHandler(this.node), read: readHandler(this.node) });
    this.#grpcPort = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`${HOST}:0`, grpc.ServerCredentials.createInsecure(), (error, port) =>
        error ? reject(error) : resolve(port),
      ),
    );
    this.#server = server;
    this.#port = await this.#proxy.listen(HOST, this.#port);
  }
}
