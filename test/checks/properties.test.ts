import { expect } from 'chai';
import fc from 'fast-check';
import { checkAll, relationComponents } from '../../src/checks/index.ts';
import { parseFuzzyDate, dayNumber } from '../../src/dates/index.ts';
import {
  ALL_FORMS,
  BOUNDED_FORMS,
  consistentNetwork,
  floydWarshall,
  mixedNetwork,
  solutions,
  tightened,
} from './networks.ts';
import { factMap, sourceMap } from './support.ts';

const SEED = 42;
const CONTRADICTIONS = ['relation-violated', 'relations-inconsistent'];
const SOURCES = sourceMap({ paper: '2026', wire: null });

describe('date checks (properties, fast-check seed 42)', function () {
  this.timeout(60_000);

  it('never finds an error or a contradiction in a network built from actual days', () => {
    fc.assert(
      fc.property(consistentNetwork(ALL_FORMS, 8, 400), ({ facts }) => {
        const findings = checkAll(factMap(facts), SOURCES);
        expect(findings.filter((f) => f.severity === 'error')).to.deep.equal([]);
        const wrong = ['weekday-mismatch', 'after-publication', 'sources-disagree', ...CONTRADICTIONS];
        expect(findings.filter((f) => wrong.includes(f.code))).to.deep.equal([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('keeps every actual day inside the tightened bounds, which lie inside the recorded ones', () => {
    fc.assert(
      fc.property(consistentNetwork(ALL_FORMS, 8, 400), ({ facts, actual }) => {
        const findings = checkAll(factMap(facts), SOURCES);
        facts.forEach((fact, i) => {
          const [earliest, latest] = tightened(findings, fact);
          const recorded = parseFuzzyDate(fact.when);
          expect(actual[i]).to.be.within(earliest, latest);
          if (recorded.earliest !== null) expect(earliest).to.be.at.least(dayNumber(recorded.earliest));
          if (recorded.latest !== null) expect(latest).to.be.at.most(dayNumber(recorded.latest));
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('agrees with Floyd–Warshall on networks of up to 15 facts, open dates included', () => {
    const network = mixedNetwork(ALL_FORMS, 15, 90, 4, 20);
    fc.assert(
      fc.property(network, (facts) => {
        const all = factMap(facts);
        const findings = checkAll(all, SOURCES);
        for (const members of relationComponents(all)) {
          const component = facts.filter((f) => members.includes(f.factId));
          const d = floydWarshall(component);
          const own = findings.filter((f) => members.includes(f.facts[0] as string));
          const contradictory = d.some((row, i) => (row[i] as number) < 0);
          expect(
            own.some((f) => CONTRADICTIONS.includes(f.code)),
            'contradiction',
          ).to.equal(contradictory);
          if (contradictory) continue;
          component.forEach((fact, i) => {
            expect(tightened(own, fact), fact.factId).to.deep.equal([
              -(d[i + 1]?.[0] as number),
              d[0]?.[i + 1] as number,
            ]);
          });
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  describe('against a brute-force search of every assignment of days (≤ 4 facts, small ranges)', () => {
    /** Random relations, and sometimes true ones: both consistent and contradictory networks. */
    const tinyNetwork = mixedNetwork(BOUNDED_FORMS, 4, 12, 3, 6);

    it('finds a contradiction exactly when no assignment exists, and the tightest bounds when one does', () => {
      let consistent = 0;
      let contradictory = 0;
      fc.assert(
        fc.property(tinyNetwork, (facts) => {
          const all = factMap(facts);
          const findings = checkAll(all, SOURCES);
          for (const members of relationComponents(all)) {
            const component = facts.filter((f) => members.includes(f.factId));
            const found = solutions(component);
            const own = findings.filter((f) => members.includes(f.facts[0] as string));
            const contradictions = own.filter((f) => CONTRADICTIONS.includes(f.code));
            if (found.length === 0) {
              contradictory++;
              expect(contradictions, 'a contradiction is reported').to.not.deep.equal([]);
              expect(own.filter((f) => f.code === 'date-narrowed')).to.deep.equal([]);
              continue;
            }
            consistent++;
            expect(contradictions).to.deep.equal([]);
            component.forEach((fact, i) => {
              const days = found.map((solution) => solution[i] as number);
              expect(tightened(own, fact), fact.factId).to.deep.equal([Math.min(...days), Math.max(...days)]);
            });
          }
        }),
        { seed: SEED, numRuns: 300 },
      );
      expect(consistent).to.be.above(50);
      expect(contradictory).to.be.above(20);
    });

    it('gives the same findings whatever the order of the facts', () => {
      fc.assert(
        fc.property(tinyNetwork, (facts) => {
          const forward = checkAll(factMap(facts), SOURCES);
          expect(checkAll(factMap([...facts].reverse()), SOURCES)).to.deep.equal(forward);
        }),
        { seed: SEED, numRuns: 300 },
      );
    });
  });
});
