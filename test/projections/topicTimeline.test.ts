import { expect } from 'chai';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { readFindings } from '../../projections/queries/findingsQuery.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { openDemoChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { metadata } from '../support/demoDossier.ts';

describe('a topic’s timeline', () => {
  let f: ChronicleFixture;
  beforeEach(async () => (f = await openDemoChronicle()));
  afterEach(async () => f.close());

  const ids = (topic: string, direct = false) =>
    readTimeline(f.chronicle.readModels(), { kind: 'topic', id: topic, ...(direct ? { direct } : {}) }).entries.map(
      (e) => e.factId,
    );

  it('includes the facts of its subtopics at any depth, each once, in date order', () => {
    // chinese-influence ⊃ chinese-security-equipment ⊃ nuctech-scanners; no fact is tagged with the first.
    const all = ids('chinese-influence');
    expect(all).to.have.members([
      ...new Set([...ids('chinese-security-equipment', true), ...ids('nuctech-scanners', true)]),
    ]);
    expect(all).to.have.length(7);
    expect(new Set(all).size).to.equal(all.length);
    const sorted = readTimeline(f.chronicle.readModels(), { kind: 'all' })
      .entries.map((e) => e.factId)
      .filter((id) => all.includes(id));
    expect(all).to.deep.equal(sorted);
  });

  it('keeps to the topic’s own facts with direct', () => {
    expect(ids('chinese-influence', true)).to.deep.equal([]);
    expect(ids('privacy', true)).to.deep.equal([]);
    expect(ids('privacy')).to.deep.equal(['dhs-ia-report-via-us-embassy']);
  });

  it('gives the findings of the subtopics’ facts too, unless direct', () => {
    const rm = f.chronicle.readModels();
    const withSubtopics = readFindings(rm, { kind: 'topic', id: 'chinese-influence' });
    expect(withSubtopics.findings.map((x) => x.facts[0])).to.include('mexico-installs-nuctech-equipment');
    expect(readFindings(rm, { kind: 'topic', id: 'chinese-influence', direct: true }).findings).to.deep.equal([]);
  });

  it('visits each topic once when parents are made to loop', async () => {
    await importDossier(
      f.chronicle.write,
      {
        topics: [
          { id: 'loop-a', label: 'A' },
          { id: 'loop-b', label: 'B', parent: 'loop-a' },
        ],
        facts: [{ id: 'in-b', summary: 'B', when: '2022', topics: ['loop-b'] }],
      },
      { metadata },
    );
    await importDossier(f.chronicle.write, { topics: [{ id: 'loop-a', label: 'A', parent: 'loop-b' }] }, { metadata });
    await f.chronicle.runner.catchUp();
    expect(ids('loop-a')).to.deep.equal(['in-b']);
    expect(ids('loop-b')).to.deep.equal(['in-b']);
  });
});
