import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { execute } from '../../src/commands/execute.ts';
import { importDossier, type ImportOptions } from '../../src/commands/dossier/importDossier.ts';
import type { Dossier } from '../../src/commands/dossier/schema.ts';
import { generateDossier } from '../support/generators/generateDossier.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { metadata } from '../support/demoDossier.ts';

/**
 * The log an import writes is part of its contract (docs/design.md § Dossier format): event ids
 * derive from content, metadata carries the item's digest, and a re-import diffs against it. These
 * digests pin the whole log and every report of a series of imports of a generated dossier — with
 * relations, citations, an actor merged into one given after it, a topic under a parent given
 * after it, rejected items, corrections, retractions, a conflict with an analyst's edit, a dry run
 * and both preferences — so a change to how an import works inside cannot change what it writes.
 */
describe('the log a series of imports writes', () => {
  let f: ChronicleFixture;
  beforeEach(async () => (f = await openTestChronicle()));
  afterEach(async () => f.close());

  const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
  const logDigest = async () => {
    const events = await f.chronicle.store.readAll({ maxCount: 1_000_000 });
    const lines = events.map((e) =>
      JSON.stringify([e.streamName, e.revision.toString(), e.id, e.type, e.data, e.metadata]),
    );
    return { events: events.length, digest: digest(lines.join('\n')) };
  };
  const load = (dossier: unknown, options: Partial<ImportOptions> = {}) =>
    importDossier(f.chronicle.write, dossier, { metadata, batchSize: 40, ...options });
  const copy = (d: Dossier): Dossier => structuredClone(d);

  function firstDossier(): Dossier {
    const { dossier } = generateDossier({ targetEvents: 1500, seed: 19 });
    const d = copy(dossier);
    d.title = 'Generated';
    // Given before what it depends on: the import writes it in a later round.
    d.actors.unshift({ id: 'merged-early', name: 'Merged Early', kind: 'person', mergedInto: d.actors[3]!.id });
    d.topics.unshift({ id: 'child-topic', label: 'Child', parent: 'parent-topic' });
    d.topics.push({ id: 'parent-topic', label: 'Parent' });
    // Rejected: a fact naming an actor nobody registered, a topic under a missing parent, a bad date.
    d.facts.push({ ...d.facts[0]!, id: 'names-a-stranger', actors: [{ id: 'nobody-known' }] });
    d.topics.push({ id: 'orphan-topic', label: 'Orphan', parent: 'no-such-parent' });
    d.facts.push({ ...d.facts[1]!, id: 'bad-date', when: 'the spring' });
    return d;
  }

  /** The second version of the file: corrections, retractions, new citations and relations. */
  function secondDossier(first: Dossier): Dossier {
    const d = copy(first);
    d.description = 'Revised';
    d.facts.slice(0, 12).forEach((x, i) => (x.when = `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`));
    d.facts.slice(12, 20).forEach((x) => (x.summary = `${x.summary} (corrected)`));
    d.facts.slice(20, 26).forEach((x) => (x.retracted = true));
    d.facts.slice(26, 32).forEach((x) => {
      x.citations = [...(x.citations ?? []), { source: d.sources[1]!.id, quote: 'a new quote' }];
      x.relations = [...(x.relations ?? []), { type: 'after', fact: d.facts[0]!.id }];
    });
    d.facts.slice(32, 36).forEach((x) => (x.actors = (x.actors ?? []).slice(0, 1)));
    d.actors[5]!.aliases = ['Another Name'];
    return d;
  }

  it('is the same log, event for event, with the same reports', async () => {
    const first = firstDossier();
    const reports: unknown[] = [await load(first)];
    const second = secondDossier(first);
    const edited = second.facts[40]!.id;
    await execute(
      f.chronicle.write,
      'fact',
      edited,
      { type: 'ReviseFactDate', data: { factId: edited, when: '1999-09-09' } },
      { metadata: { recordedBy: 'analyst', reason: 'a later cable' } },
    );
    second.facts[40]!.when = '2001-01-01';
    reports.push(await load(second, { dryRun: true }));
    reports.push(await load(second));
    reports.push(await load(second, { prefer: 'store' }));
    const another = second.facts[41]!.id;
    await execute(
      f.chronicle.write,
      'fact',
      another,
      { type: 'ReviseFactDate', data: { factId: another, when: '1998-08-08' } },
      { metadata: { recordedBy: 'analyst', reason: 'another cable' } },
    );
    second.facts[41]!.when = '2002-02-02';
    reports.push(await load(second, { prefer: 'file' }));
    reports.push(await load(second));

    expect(await logDigest()).to.deep.equal({ events: 1555, digest: 'bc3dfa6a09f3e55a254a0e906e9c7a91' });
    expect(digest(JSON.stringify(reports))).to.equal('ed998e6765366859d20ab37b3529bc48');
  });
});
