import { expect } from 'chai';
import fc from 'fast-check';
import { execute, loadAggregate } from '../../src/commands/execute.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import type { ImportedItem } from '../../src/commands/dossier/importReport.ts';
import type { Preference } from '../../src/commands/dossier/settleItem.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { metadata } from '../support/demoDossier.ts';

const SEED = 1616;
const RUNS = 60;
const DATES: readonly string[] = ['2022-01-01', '2022-01-02', '2022-01-03'];
const FACTS = 2;

type Op =
  | { readonly op: 'file'; readonly fact: number; readonly date: number }
  | { readonly op: 'store'; readonly fact: number; readonly date: number }
  | { readonly op: 'import'; readonly prefer: Preference | undefined };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('file' as const), fact: fc.nat(FACTS - 1), date: fc.nat(DATES.length - 1) }),
  fc.record({ op: fc.constant('store' as const), fact: fc.nat(FACTS - 1), date: fc.nat(DATES.length - 1) }),
  fc.record({
    op: fc.constant('import' as const),
    prefer: fc.constantFrom<Preference | undefined>(undefined, undefined, 'file', 'store'),
  }),
);

/**
 * What the import remembers of one fact, in dates rather than digests: the file's date and the
 * store's when an import last settled it (`store: null`: it kept the store's version of a conflict).
 */
interface Base {
  readonly file: string;
  readonly store: string | null;
}

/** The rule of docs/design.md § Dossier format, told in dates: the outcome a re-import must report. */
function expected(file: string, store: string, base: Base, prefer: Preference | undefined): ImportedItem['outcome'] {
  if (file === store) return 'unchanged';
  if (base.file === file) return 'kept';
  if (base.store === store) return 'updated';
  if (prefer === 'file') return 'updated';
  if (prefer === 'store') return 'kept';
  return 'conflict';
}

describe(`re-importing under random file and store edits (properties, fast-check seed ${SEED})`, function () {
  this.timeout(120_000);
  let f: ChronicleFixture;
  before(async () => (f = await openTestChronicle()));
  after(async () => f.close());
  let run = 0;

  it('never changes a fact the store edited since the last import without reporting the conflict it settled, and reports what the rule says', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 10 }), async (ops) => {
        run += 1;
        const ids = Array.from({ length: FACTS }, (_, i) => `run-${run}-fact-${i}`);
        const file: string[] = ids.map(() => DATES[0]!);
        const dossier = () => ({ facts: ids.map((id, i) => ({ id, summary: id, when: file[i] })) });
        const storeDate = async (i: number) => {
          const { state } = await loadAggregate(f.chronicle.write.store, 'fact', ids[i]!);
          return state.status === 'absent' ? null : state.when;
        };
        await importDossier(f.chronicle.write, dossier(), { metadata });
        const bases: Base[] = ids.map(() => ({ file: DATES[0]!, store: DATES[0]! }));

        for (const op of ops) {
          if (op.op === 'file') {
            file[op.fact] = DATES[op.date]!;
            continue;
          }
          if (op.op === 'store') {
            if ((await storeDate(op.fact)) === DATES[op.date]!) continue; // the decider refuses a revision to the same date
            await execute(
              f.chronicle.write,
              'fact',
              ids[op.fact]!,
              { type: 'ReviseFactDate', data: { factId: ids[op.fact]!, when: DATES[op.date]! } },
              { metadata: { recordedBy: 'analyst', reason: 'revised by hand' } },
            );
            continue;
          }
          const before = await Promise.all(ids.map((_, i) => storeDate(i)));
          const report = await importDossier(f.chronicle.write, dossier(), {
            metadata,
            ...(op.prefer ? { prefer: op.prefer } : {}),
          });
          for (const [i, id] of ids.entries()) {
            const item = report.items.find((x) => x.id === id)!;
            const was = before[i]!;
            const now = await storeDate(i);
            const base = bases[i]!;
            const context = `${id} after ${JSON.stringify(ops)}: file ${file[i]}, store ${was}, base ${JSON.stringify(base)}`;

            // The safety property: a store edit is only ever undone with the conflict reported and settled.
            if (now !== was && was !== base.store)
              expect(item.conflict?.resolution, `${context}: a store edit was undone`).to.equal('file');
            if (item.outcome === 'kept' || item.outcome === 'conflict' || item.outcome === 'unchanged')
              expect(now, `${context}: ${item.outcome} wrote`).to.equal(was);

            // The rule, exactly.
            const outcome = expected(file[i]!, was!, base, op.prefer);
            expect(item.outcome, context).to.equal(outcome);
            if (outcome === 'updated') expect(now, context).to.equal(file[i]);
            if (outcome === 'unchanged' || outcome === 'updated') bases[i] = { file: file[i]!, store: now };
            if (outcome === 'kept' && item.conflict) bases[i] = { file: file[i]!, store: null };
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
