import { expect } from 'chai';
import Database from 'better-sqlite3';
import { ReadModelDb } from '../../projections/readModelDb.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { eachDemoChronicle, executeFact } from '../support/chronicleFixture.ts';

describe('fact documents decoded once and shared between reads', () => {
  const fixture = eachDemoChronicle();
  const anyFact = (rm: ReadModelDb) => readTimeline(rm, { kind: 'all', limit: 1 }).entries[0]!.factId;

  it('gives the same document for a version read again, after a write by another connection too', () => {
    const rm = fixture().chronicle.readModels();
    const id = anyFact(rm);
    const first = rm.facts.manyAt([id]).get(id)!;
    const other = ReadModelDb.open(fixture().dir.file('chronicle.db'));
    try {
      other.transaction(() => undefined);
    } finally {
      other.db.close();
    }
    expect(rm.facts.manyAt([id]).get(id)).to.equal(first);
  });

  it('gives documents frozen to their last citation and relation, so no reader can change what others see', () => {
    const rm = fixture().chronicle.readModels();
    const docs = [...rm.facts.manyAt(readTimeline(rm, { kind: 'all' }).entries.map((e) => e.factId)).values()];
    const cited = docs.find((d) => Object.keys(d.citations).length > 0)!;
    const related = docs.find((d) => Object.keys(d.relations).length > 0)!;
    expect(Object.isFrozen(cited)).to.equal(true);
    expect(Object.isFrozen(cited.actors) && Object.isFrozen(cited.topics)).to.equal(true);
    expect(Object.values(cited.citations).every(Object.isFrozen)).to.equal(true);
    expect(Object.values(related.relations).every(Object.isFrozen)).to.equal(true);
    expect(() => {
      (cited as { summary: string }).summary = 'changed by a reader';
    }).to.throw(TypeError);
  });

  it('decodes a version again when another connection replaced its stored text, as a restore does', () => {
    const f = fixture();
    const rm = f.chronicle.readModels();
    const id = anyFact(rm);
    expect(rm.facts.manyAt([id]).get(id)!.summary).to.not.equal('Restored from another store');
    const db = new Database(f.dir.file('chronicle.db'));
    try {
      const row = db
        .prepare(`SELECT from_seq, doc FROM rm_fact_versions WHERE fact_id = ? ORDER BY from_seq DESC LIMIT 1`)
        .get(id) as { from_seq: number; doc: string };
      const stored = JSON.parse(row.doc) as unknown[];
      stored[0] = 'Restored from another store';
      db.prepare(`UPDATE rm_fact_versions SET doc = ? WHERE fact_id = ? AND from_seq = ?`).run(
        JSON.stringify(stored),
        id,
        row.from_seq,
      );
    } finally {
      db.close();
    }
    expect(rm.facts.manyAt([id]).get(id)!.summary).to.equal('Restored from another store');
  });

  it('shows a fact revised since its document was kept as revised, and as it was on a page as of before', async () => {
    const f = fixture();
    const rm = f.chronicle.readModels();
    const before = rm.checkpoint().position!;
    const id = anyFact(rm);
    const old = rm.facts.manyAt([id]).get(id)!;
    await executeFact(f, { type: 'EditFactSummary', data: { factId: id, summary: 'Re-read from the report' } });
    expect(rm.facts.manyAt([id]).get(id)!.summary).to.equal('Re-read from the report');
    const asOf = readTimeline(rm, { kind: 'all', asOf: before }).entries.find((e) => e.factId === id)!;
    expect(asOf.summary).to.equal(old.summary);
  });
});
