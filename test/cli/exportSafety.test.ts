import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { steppingClock } from '../../src/core/clock.ts';
import { runCli } from '../../src/cli/runCli.ts';
import { countingIds } from '../support/chronicleFixture.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';

/** Text no terminal, spreadsheet or Markdown renderer should get: ESC sequences, BEL, NUL, a bare CR, C1's CSI. */
const CONTROLS = 'Alarm\u0007 \u001b[31mred\u001b[0m\u0000 \u009b2J\rdone';

/** The events of an iCalendar text, as `{ uid, sequence }` by fact id. */
function eventsOf(ics: string): Map<string, { uid: string; storeId: string; sequence: number }> {
  const events = new Map<string, { uid: string; storeId: string; sequence: number }>();
  for (const block of ics.split('BEGIN:VEVENT').slice(1)) {
    const uid = /\r\nUID:([^\r]+)\r\n/.exec(block)![1]!;
    const [factId, storeId] = uid.split('@') as [string, string];
    events.set(factId, { uid, storeId, sequence: Number(/\r\nSEQUENCE:(\d+)\r\n/.exec(block)![1]) });
  }
  return events;
}

describe('chronicle export and the terminal, for other programs to read right', () => {
  let dir: TempDir;
  beforeEach(async () => {
    dir = await createTempDir();
    await writeFile(
      dir.file('facts.json'),
      JSON.stringify({
        facts: [
          { id: 'alarm', summary: CONTROLS, when: '2022-04', place: `Port\u001b]0;pwned\u0007 of Veracruz` },
          { id: 'tender', summary: 'Tender for scanners', when: '2022' },
        ],
      }),
    );
  });
  afterEach(async () => dir.remove());

  /** Runs the CLI on the store `name` with a clock that starts at `at` (as if run then). */
  async function chronicle(name: string, at: string, ...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      env: { CHRONICLE_STORE: `sqlite:${dir.file(`${name}.db`)}`, CHRONICLE_USER: 'desk' },
      isTTY: false,
      cwd: dir.path,
      clock: steppingClock(at),
      newId: countingIds(),
    });
    expect(code, stderr).to.equal(0);
    return stdout;
  }

  it('starts CSV with a UTF-8 byte order mark for Excel, and leaves it out with --no-bom', async () => {
    await chronicle('a', '2023-01-01T00:00:00Z', 'import', 'facts.json');
    await chronicle('a', '2023-01-02T00:00:00Z', 'export', '--format', 'csv', '--output', 'excel.csv');
    await chronicle('a', '2023-01-02T00:00:00Z', 'export', '--format', 'csv', '--no-bom', '--output', 'plain.csv');
    const excel = await readFile(dir.file('excel.csv'));
    const plain = await readFile(dir.file('plain.csv'));
    expect([...excel.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(plain.toString('utf8')).to.match(/^factId,date,edtf,/);
    expect(excel.subarray(3).equals(plain)).to.equal(true);
  });

  it('leaves control characters out of CSV, Markdown and what it prints on the terminal', async () => {
    await chronicle('a', '2023-01-01T00:00:00Z', 'import', 'facts.json');
    const outputs = {
      csv: await chronicle('a', '2023-01-02T00:00:00Z', 'export', '--format', 'csv'),
      md: await chronicle('a', '2023-01-02T00:00:00Z', 'export', '--format', 'md'),
      timeline: await chronicle('a', '2023-01-02T00:00:00Z', 'timeline'),
      fact: await chronicle('a', '2023-01-02T00:00:00Z', 'fact', 'alarm', '--history'),
    };
    for (const [name, text] of Object.entries(outputs)) {
      // eslint-disable-next-line no-control-regex -- control characters are what must not be there
      expect(text, name).not.to.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(text, name).to.include('Alarm');
      expect(text, name).to.include('31mred');
    }
  });

  it('gives iCalendar events UIDs of this store that stay put, and a SEQUENCE that never goes back, also in a store filled from its dossier', async () => {
    await chronicle('a', '2023-01-01T00:00:00Z', 'import', 'facts.json');
    const first = eventsOf(await chronicle('a', '2023-01-02T00:00:00Z', 'export', '--format', 'ics'));
    await chronicle(
      'a',
      '2023-02-01T00:00:00Z',
      'revise',
      'tender',
      '--when',
      '2022-10',
      '--reason',
      'the call went out in October',
    );
    const revised = eventsOf(await chronicle('a', '2023-02-02T00:00:00Z', 'export', '--format', 'ics'));
    await chronicle('a', '2023-03-01T00:00:00Z', 'export', '--format', 'dossier', '--output', 'dossier.json');
    await chronicle('b', '2023-04-01T00:00:00Z', 'import', 'dossier.json');
    const moved = eventsOf(await chronicle('b', '2023-04-02T00:00:00Z', 'export', '--format', 'ics'));

    const storeA = first.get('tender')!.storeId;
    expect(storeA).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...first.values()].map((e) => e.storeId)).to.deep.equal([storeA, storeA]);
    expect(revised.get('tender')!.uid, 'the same UID in every export of one store').to.equal(first.get('tender')!.uid);
    expect(revised.get('tender')!.sequence).to.be.greaterThan(first.get('tender')!.sequence);
    expect(revised.get('alarm')!.sequence, 'an unchanged fact keeps its SEQUENCE').to.equal(
      first.get('alarm')!.sequence,
    );
    for (const [factId, event] of moved) {
      expect(event.storeId, `${factId}: another store, other UIDs`).not.to.equal(storeA);
      expect(event.sequence, `${factId}: SEQUENCE after export and import`).to.be.at.least(
        revised.get(factId)!.sequence,
      );
    }
  });
});
