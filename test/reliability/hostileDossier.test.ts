import { expect } from 'chai';
import fc from 'fast-check';
import { ValidationError } from '../../src/core/errors.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import type { ImportReport } from '../../src/commands/dossier/importReport.ts';
import { DossierActor, DossierFact, DossierTopic } from '../../src/commands/dossier/schema.ts';
import type { RecordedEvent } from '../../src/core/event.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';
import { dossierOfHostileItems, dossierRefusedWhole } from '../support/hostile/dossier.ts';
import { countCase, fuzzParams, printSummary, titled } from '../support/hostile/fuzz.ts';
import { expectNoPrototypePollution } from '../support/hostile/guards.ts';
import { jsonText } from '../support/hostile/json.ts';

const SECTIONS = ['sources', 'actors', 'topics', 'facts'] as const;
type Section = (typeof SECTIONS)[number];
const KIND: Record<Section, string> = { sources: 'source', actors: 'actor', topics: 'topic', facts: 'fact' };

const RUNS = { whole: 600, items: 300 } as const;

describe('importing hostile dossiers', () => {
  let f: ChronicleFixture;
  let imports = 0;
  /** A fresh store with the demo every 40 imports: the pool's streams would otherwise grow long and slow every case down. */
  async function freshStoreNowAndThen(): Promise<void> {
    if (imports++ % 40 !== 0) return;
    await f?.close();
    f = await openTestChronicle();
    await importDossier(f.chronicle.write, demoDossier(), { metadata });
  }
  after(async () => {
    await f?.close();
    printSummary('dossier');
  });

  const load = (dossier: unknown, onProgress?: (done: number, total: number) => void): Promise<ImportReport> =>
    importDossier(f.chronicle.write, dossier, { metadata, ...(onProgress ? { onProgress } : {}) });
  const head = () => f.chronicle.store.headPosition();
  const eventsAfter = async (position: string | undefined): Promise<RecordedEvent[]> =>
    f.chronicle.store.readAll({ ...(position !== undefined ? { after: position } : {}), maxCount: 100_000 });
  const exists = async (kind: string, id: string) =>
    (await f.chronicle.store.readStream(`${kind}-${id}`, { maxCount: 1 })).length > 0;

  it(
    titled(
      'refuses a dossier that is wrong as a whole with a ValidationError giving paths, and writes nothing',
      RUNS.whole,
    ),
    async () => {
      await fc.assert(
        fc.asyncProperty(dossierRefusedWhole, async (node) => {
          countCase('dossier: refused as a whole');
          await freshStoreNowAndThen();
          const dossier = JSON.parse(jsonText(node)) as unknown;
          const before = await head();
          let error: unknown;
          try {
            await load(dossier);
          } catch (e) {
            error = e;
          }
          expect(error, 'a ValidationError').to.be.instanceOf(ValidationError);
          const issues = (error as ValidationError).issues;
          expect(issues).to.not.be.empty;
          for (const issue of issues) {
            expect(issue.path).to.be.a('string');
            expect(issue.message).to.be.a('string').and.not.equal('');
          }
          expect(await head(), 'the head of the log').to.equal(before);
          expectNoPrototypePollution();
        }),
        fuzzParams(RUNS.whole),
      );
    },
  );

  it(
    titled(
      'judges hostile items one by one: a rejected item is reported with its path and writes nothing, an accepted one is written whole with all it refers to',
      RUNS.items,
    ),
    async () => {
      await fc.assert(
        fc.asyncProperty(dossierOfHostileItems, async (node) => {
          countCase('dossier: hostile items');
          await freshStoreNowAndThen();
          const dossier = JSON.parse(jsonText(node)) as Partial<Record<Section, unknown[]>>;
          const before = await head();
          const progress: [number, number][] = [];
          const report = await load(dossier, (done, total) => progress.push([done, total]));
          const logged = await eventsAfter(before);
          const written = logged.filter((e) => !e.streamName.startsWith('dossier-'));
          expectNoPrototypePollution();

          // The report: every item counted once, every rejection located and explained.
          const rejectedPaths = new Set<string>();
          for (const r of report.rejected) {
            const m = /^(sources|actors|topics|facts)\[(\d+)\]$/.exec(r.path);
            expect(m, `rejected path ${r.path}`).to.not.equal(null);
            expect(Number(m![2])).to.be.below((dossier[m![1] as Section] ?? []).length);
            expect(rejectedPaths.has(r.path), `${r.path} reported twice`).to.equal(false);
            rejectedPaths.add(r.path);
            expect(r.issues).to.not.be.empty;
            for (const issue of r.issues) {
              expect(
                issue.path === r.path || issue.path.startsWith(`${r.path}.`) || issue.path.startsWith(`${r.path}[`),
                `${issue.path} under ${r.path}`,
              ).to.equal(true);
              expect(issue.message).to.be.a('string').and.not.equal('');
            }
          }
          for (const section of SECTIONS) {
            const c = report[section];
            expect(
              c.created + c.updated + c.unchanged + c.kept + c.conflict + c.rejected,
              `${section} counted once each`,
            ).to.equal((dossier[section] ?? []).length);
            expect(c.rejected).to.equal(report.rejected.filter((r) => r.path.startsWith(`${section}[`)).length);
          }
          expect(report.appended).to.equal(written.length);
          expect(report.recorded).to.equal(logged.length - written.length);
          const items = SECTIONS.reduce((n, section) => n + (dossier[section] ?? []).length, 0);
          for (const [i, [done, total]] of progress.entries()) {
            expect(total).to.equal(items);
            expect(done, 'progress never goes back or past the total').to.be.within(progress[i - 1]?.[0] ?? 0, items);
          }

          // Only accepted items wrote, and each accepted item refers only to what exists.
          const accepted = SECTIONS.flatMap((section) =>
            (dossier[section] ?? []).flatMap((item, i) =>
              rejectedPaths.has(`${section}[${i}]`) ? [] : [{ section, item: item as Record<string, unknown> }],
            ),
          );
          const acceptedStreams = new Set(accepted.map(({ section, item }) => `${KIND[section]}-${String(item.id)}`));
          for (const event of written)
            expect(
              acceptedStreams.has(event.streamName),
              `${event.type} written to ${event.streamName}, no accepted item's`,
            ).to.equal(true);
          for (const { section, item } of accepted) {
            if (section === 'topics') {
              const topic = DossierTopic.parse(item);
              if (topic.parent)
                expect(
                  await exists('topic', topic.parent),
                  `the parent ${topic.parent} of accepted topic ${topic.id}`,
                ).to.equal(true);
            }
            if (section === 'actors') {
              const actor = DossierActor.parse(item);
              if (actor.mergedInto)
                expect(await exists('actor', actor.mergedInto), `${actor.id} merged into ${actor.mergedInto}`).to.equal(
                  true,
                );
            }
            if (section === 'facts') {
              const fact = DossierFact.parse(item);
              for (const a of fact.actors)
                expect(await exists('actor', a.id), `actor ${a.id} of fact ${fact.id}`).to.equal(true);
              for (const t of fact.topics)
                expect(await exists('topic', t), `topic ${t} of fact ${fact.id}`).to.equal(true);
              for (const c of fact.citations)
                expect(await exists('source', c.source), `source ${c.source} of fact ${fact.id}`).to.equal(true);
            }
          }

          // Accepted items were written whole: the same dossier again changes nothing.
          const again = await load(dossier);
          expect(again.appended, 'events appended by the same dossier again').to.equal(0);
          expect(again.rejected.map((r) => r.path)).to.deep.equal(report.rejected.map((r) => r.path));
        }),
        fuzzParams(RUNS.items),
      );
    },
  );
});

describe('regressions found by fuzzing the dossier importer', () => {
  let f: ChronicleFixture;
  beforeEach(async () => (f = await openTestChronicle()));
  afterEach(async () => f.close());
  const load = (dossier: unknown) => importDossier(f.chronicle.write, dossier, { metadata });
  const streams = async () =>
    (await f.chronicle.store.readAll({ maxCount: 1000 })).map((e) => `${e.streamName} ${e.type}`);

  it('rejects an actor whose merge target does not exist, naming the field, and registers nothing of it', async () => {
    const report = await load({ actors: [{ id: 'x', name: 'X', kind: 'person', mergedInto: 'nobody' }] });
    expect(report.rejected).to.deep.equal([
      {
        path: 'actors[0]',
        id: 'x',
        issues: [{ path: 'actors[0].mergedInto', message: 'no actor nobody is registered' }],
      },
    ]);
    expect(report.actors).to.deep.equal({ created: 0, updated: 0, unchanged: 0, kept: 0, conflict: 0, rejected: 1 });
    expect(await streams()).to.deep.equal([]);
  });

  it('rejects an actor whose merge is refused and writes nothing of it, not even its new name', async () => {
    await load({
      actors: [
        { id: 'p', name: 'P', kind: 'person' },
        { id: 'q', name: 'Q', kind: 'person' },
        { id: 'y', name: 'Y', kind: 'person', mergedInto: 'p' },
      ],
    });
    const before = await streams();
    const report = await load({ actors: [{ id: 'y', name: 'Y renamed', kind: 'person', mergedInto: 'q' }] });
    expect(report.rejected[0]?.issues[0]?.message).to.equal('actor y is already merged into p');
    expect(report.appended).to.equal(0);
    expect(await streams()).to.deep.equal(before);
  });

  it('registers and merges an actor in one append when its target comes later in the file', async () => {
    const report = await load({
      actors: [
        { id: 'y', name: 'Y', kind: 'person', mergedInto: 'z' },
        { id: 'z', name: 'Z', kind: 'person' },
      ],
    });
    expect(report.rejected).to.deep.equal([]);
    expect(report.actors.created).to.equal(2);
    expect(await streams()).to.deep.equal([
      'actor-z ActorRegistered',
      'actor-y ActorRegistered',
      'actor-y ActorMerged',
    ]);
    expect(
      (
        await load({
          actors: [
            { id: 'y', name: 'Y', kind: 'person', mergedInto: 'z' },
            { id: 'z', name: 'Z', kind: 'person' },
          ],
        })
      ).appended,
    ).to.equal(0);
  });

  it('rejects a topic whose parent in the same file was rejected, rather than define it under a parent that does not exist', async () => {
    const report = await load({
      topics: [
        { id: 'a', label: 'A', parent: 'zzz' },
        { id: 'b', label: 'B', parent: 'a' },
      ],
    });
    expect(report.rejected.map((r) => r.issues)).to.deep.equal([
      [{ path: 'topics[0].parent', message: 'no topic zzz is defined' }],
      [{ path: 'topics[1].parent', message: 'no topic a is defined' }],
    ]);
    expect(await streams()).to.deep.equal([]);
  });

  it('defines a topic whose parent comes later in the file, parent first', async () => {
    const report = await load({
      topics: [
        { id: 'child', label: 'C', parent: 'root' },
        { id: 'root', label: 'R' },
      ],
    });
    expect(report.rejected).to.deep.equal([]);
    expect(report.topics.created).to.equal(2);
    expect(await streams()).to.deep.equal(['topic-root TopicDefined', 'topic-child TopicDefined']);
  });

  it('still says why a topic cannot be its own parent', async () => {
    const report = await load({ topics: [{ id: 'a', label: 'A', parent: 'a' }] });
    expect(report.rejected[0]?.issues).to.deep.equal([
      { path: 'topics[0].parent', message: 'a topic cannot be its own parent' },
    ]);
  });
});
