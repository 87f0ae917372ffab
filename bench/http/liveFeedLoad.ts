import { summarize, type LatencySummary } from '../measure.ts';
import type { Log } from '../progress.ts';
import type { ServerChild, ServerStats } from './childProtocol.ts';
import { FeedSubscribers, postFact, type Receipt } from './feedSubscribers.ts';

export interface FeedSide {
  readonly server: string;
  readonly subscribers: number;
  /** Subscribers the server itself counted once all were open. */
  readonly serverCounted: number;
  readonly appends: number;
  /** Every receipt of every measured append: POST sent → message complete at a subscriber, ms. */
  readonly receipts: LatencySummary;
  /** Per append: the first and the last subscriber's receipt. */
  readonly first: LatencySummary;
  readonly last: LatencySummary;
  /** Per append: POST sent → its answer. */
  readonly post: LatencySummary;
  readonly expected: number;
  readonly received: number;
  readonly missing: number;
  readonly duplicates: number;
  /** Further messages about an already-announced fact (there should be none: one append, one entry). */
  readonly further: number;
  readonly unexpected: number;
  readonly dropped: number;
  readonly non201: number;
  /** Events other than `entry-added` (there should be none). */
  readonly otherEvents: number;
  /** Size of one message (`id:`, `event:`, `data:` lines), median, bytes. */
  readonly messageBytes: number;
  /** Appends whose every subscriber got the message. */
  readonly complete: number;
  /** Server CPU time per append (warm-ups included), ms: the append and the broadcast to every subscriber. */
  readonly serverCpuPerAppend: number;
}

export interface FeedOptions {
  readonly subscribers: number;
  readonly appends: number;
  readonly warmUp: number;
  readonly actorId: string;
  readonly timeoutMs: number;
}

/**
 * A fact linked to the subscribed actor (and nothing else), so each append is one `entry-added`
 * for every subscriber. (Chronicle sends one message per event, so a fact recorded with an actor
 * and a topic would reach an actor's subscribers as `entry-added` and then `entry-changed`.)
 */
function feedFactBody(id: string, n: number, actorId: string): string {
  return JSON.stringify({
    id,
    summary: `The embassy forwards a follow-up note on the scanner contract, number ${n}`,
    when: `2022-05-${String(1 + (n % 28)).padStart(2, '0')}`,
    actors: [{ id: actorId, role: 'recipient' }],
  });
}

interface SideState {
  readonly child: ServerChild;
  readonly subs: FeedSubscribers;
  readonly receipts: number[];
  readonly first: number[];
  readonly last: number[];
  readonly post: number[];
  readonly bytes: number[];
  missing: number;
  non201: number;
  otherEvents: number;
  complete: number;
}

/**
 * Workload 2: `subscribers` SSE streams on each server (`/api/updates?actor=…`), then appends one
 * at a time, alternating between the servers append by append (the first of each pair alternates
 * too); each waits until every subscriber has the message (or `timeoutMs`) and its POST is answered.
 * The first `warmUp` appends per side are not counted.
 */
export async function liveFeedLoad(sides: readonly ServerChild[], options: FeedOptions, log: Log): Promise<FeedSide[]> {
  const states: SideState[] = [];
  try {
    for (const child of sides) {
      const subs = new FeedSubscribers(`${child.url}/api/updates?actor=${options.actorId}`);
      states.push({
        child,
        subs,
        receipts: [],
        first: [],
        last: [],
        post: [],
        bytes: [],
        missing: 0,
        non201: 0,
        otherEvents: 0,
        complete: 0,
      });
      log(`live feed: opening ${options.subscribers} subscribers on the ${child.kind} server`);
      await subs.open(options.subscribers);
    }
    const counted = await Promise.all(states.map((s) => s.child.call<ServerStats>('stats')));
    for (const [i, s] of states.entries()) {
      if (counted[i]!.feedClients !== options.subscribers)
        throw new Error(
          `the ${s.child.kind} server counts ${counted[i]!.feedClients} subscribers, expected ${options.subscribers}`,
        );
    }
    log(`live feed: ${options.warmUp} warm-up + ${options.appends} appends per side, alternating`);
    const cpuBefore = await Promise.all(states.map(async (s) => (await s.child.call<ServerStats>('stats')).cpuMs));
    for (let i = 0; i < options.warmUp + options.appends; i++) {
      const order = i % 2 === 0 ? states : [...states].reverse();
      for (const s of order) {
        const factId = `feed-${s.child.kind}-${i.toString(36)}`;
        const arrived = s.subs.expect(factId, options.timeoutMs);
        const { sent, done } = postFact(s.child.url, feedFactBody(factId, i, options.actorId));
        const [receipts, answer] = await Promise.all([arrived, done]);
        if (i < options.warmUp) continue;
        record(s, receipts, sent, answer, options.subscribers);
      }
      if ((i + 1) % 50 === 0) log(`live feed: ${i + 1}/${options.warmUp + options.appends}`);
    }
    const cpuAfter = await Promise.all(states.map(async (s) => (await s.child.call<ServerStats>('stats')).cpuMs));
    return states.map((s, i) => ({
      server: s.child.name,
      subscribers: options.subscribers,
      serverCounted: counted[i]!.feedClients,
      appends: options.appends,
      receipts: summarize(s.receipts),
      first: summarize(s.first),
      last: summarize(s.last),
      post: summarize(s.post),
      expected: options.appends * options.subscribers,
      received: s.receipts.length,
      missing: s.missing,
      duplicates: s.subs.duplicates,
      further: s.subs.further,
      unexpected: s.subs.unexpected,
      dropped: s.subs.dropped,
      non201: s.non201,
      otherEvents: s.otherEvents,
      messageBytes: summarize(s.bytes).p50,
      complete: s.complete,
      serverCpuPerAppend: (cpuAfter[i]! - cpuBefore[i]!) / (options.warmUp + options.appends),
    }));
  } finally {
    for (const s of states) s.subs.close();
  }
}

function record(
  s: SideState,
  receipts: readonly Receipt[],
  sent: number,
  answer: { status: number; ms: number },
  subscribers: number,
): void {
  if (answer.status !== 201) s.non201 += 1;
  s.post.push(answer.ms);
  s.missing += subscribers - receipts.length;
  if (receipts.length === subscribers) s.complete += 1;
  let first = Infinity;
  let last = -Infinity;
  for (const r of receipts) {
    const ms = r.at - sent;
    s.receipts.push(ms);
    first = Math.min(first, ms);
    last = Math.max(last, ms);
    if (r.event !== 'entry-added') s.otherEvents += 1;
  }
  if (receipts.length > 0) {
    s.first.push(first);
    s.last.push(last);
    s.bytes.push(receipts[0]!.bytes);
  }
}
