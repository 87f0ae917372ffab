import { expect } from 'chai';
import { ValidationError } from '../../src/core/errors.ts';
import { execute } from '../../src/commands/execute.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';

const alert = 'state-dept-report-to-sedena';
const letter = 'salazar-letter-to-ebrard';

describe('timelines as known at a past moment', () => {
  let f: ChronicleFixture;
  let importedAt: string;
  let importedPosition: string;
  beforeEach(async () => {
    f = await openTestChronicle();
    await importDossier(f.chronicle.write, demoDossier(), { metadata });
    await f.chronicle.runner.catchUp();
    importedPosition = (await f.chronicle.store.headPosition())!;
    importedAt = (await f.chronicle.store.readAll({ maxCount: 100_000 })).at(-1)!.metadata.recordedAt;
    const write = (command: Parameters<typeof execute<'fact'>>[3], reason: string) =>
      execute(f.chronicle.write, 'fact', command.data.factId, command, { metadata: { recordedBy: 'ana', reason } });
    await write(
      { type: 'ReviseFactDate', data: { factId: alert, when: '?2022-04-21' } },
      'the report is dated the 21st',
    );
    await write({ type: 'RetractFact', data: { factId: letter } }, 'duplicate of another entry');
    await f.chronicle.runner.catchUp();
  });
  afterEach(async () => f.close());

  const sedena = (asOf?: string) =>
    readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'sedena', ...(asOf ? { asOf } : {}) });
  const whenOf = (t: ReturnType<typeof sedena>, id: string) => t.entries.find((e) => e.factId === id)?.when.edtf;

  it('shows the current state without asOf, retracted facts only when asked for', () => {
    const now = sedena();
    expect(whenOf(now, alert)).to.equal('?2022-04-21');
    expect(now.entries.map((e) => e.factId)).to.not.include(letter);
    const all = readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'sedena', includeRetracted: true });
    expect(all.entries.find((e) => e.factId === letter)?.status).to.equal('retracted');
  });

  it('shows the date before its revision and the fact before its retraction, as of the import', () => {
    for (const asOf of [importedAt, importedPosition]) {
      const then = sedena(asOf);
      expect(whenOf(then, alert), asOf).to.equal('?2022-04-22');
      expect(
        then.entries.map((e) => e.factId),
        asOf,
      ).to.include(letter);
      expect(then.asOf).to.equal(asOf);
      expect(then.position).to.equal(importedPosition);
    }
  });

  it('finds a fact by the words of its summary or its notes as they were then', async () => {
    await execute(
      f.chronicle.write,
      'fact',
      alert,
      {
        type: 'EditFactSummary',
        data: { factId: alert, summary: 'A warning about scanners', notes: 'Cable, redacted' },
      },
      { metadata: { recordedBy: 'ana', reason: 'shorter' } },
    );
    await f.chronicle.runner.catchUp();
    const found = (q: string, asOf?: string) =>
      readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'sedena', q, ...(asOf ? { asOf } : {}) }).entries.map(
        (e) => e.factId,
      );
    expect(found('warning about scanners')).to.deep.equal([alert]);
    expect(found('redacted')).to.deep.equal([alert]);
    expect(found('warning about scanners', importedPosition)).to.deep.equal([]);
    expect(found('intelligence report', importedPosition)).to.include(alert);
    expect(found('intelligence report')).to.not.include(alert);
  });

  it('orders an as-of timeline by the dates as they were then', () => {
    const then = sedena(importedPosition).entries.map((e) => e.factId);
    expect(then.indexOf(alert)).to.be.lessThan(then.indexOf(letter));
  });

  it('is empty before the first event, and reads a date as the end of that day', () => {
    expect(sedena('2000-01-01T00:00:00Z').entries).to.deep.equal([]);
    expect(sedena('2022-10-31').entries).to.deep.equal([]);
    expect(sedena('2022-11-01')).to.deep.include({ entries: sedena().entries });
  });

  it('refuses a value that is neither an instant nor a position', () => {
    expect(() => sedena('yesterday-ish')).to.throw(ValidationError, /asOf/);
    expect(() => sedena('999999')).to.throw(ValidationError, /position/);
  });

  it('never shows the inside of one append: a fact and its links appear together', async () => {
    const first = (await f.chronicle.store.readStream(`fact-${alert}`))[0]!;
    const atRecorded = sedena(first.position).entries.map((e) => e.factId);
    expect(atRecorded).to.include(alert);
  });
});
