import { expect } from 'chai';
import { UNDECIDED } from '../../src/core/compiledParse.ts';
import { ITEM_PARSES, parseItemWith } from '../../src/commands/dossier/itemParses.ts';
import { SECTIONS } from '../../src/commands/dossier/importReport.ts';
import { generateDossier } from '../support/generators/generateDossier.ts';

describe("a dossier item's parse", () => {
  const { dossier } = generateDossier({ targetEvents: 5000, seed: 11 });

  for (const section of SECTIONS) {
    it(`decides every ${section} item of a generated dossier without zod, and gives what zod gives`, () => {
      const { schema, compiled } = ITEM_PARSES[section];
      const items = dossier[section] as unknown[];
      expect(items).to.not.be.empty;
      for (const raw of items) {
        const decided = compiled(raw);
        expect(decided).to.not.equal(UNDECIDED);
        const parsed = schema.parse(raw);
        expect(decided).to.deep.equal(parsed);
        expect(JSON.stringify(decided)).to.equal(JSON.stringify(parsed));
      }
    });
  }

  it("gives zod's issues, naming the field and the reason, for an item it cannot decide", () => {
    const fact = { ...(dossier.facts[0] as Record<string, unknown>), summary: '', topics: 'not a list' };
    const parsed = parseItemWith(ITEM_PARSES.facts, fact);
    const zod = ITEM_PARSES.facts.schema.safeParse(fact);
    expect(parsed.success).to.equal(false);
    expect(parsed.error?.issues).to.deep.equal(zod.error?.issues);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).to.include.members(['summary', 'topics']);
  });

  it('gives what zod gives for an item whose strings zod trims', () => {
    const fact = { ...(dossier.facts[0] as Record<string, unknown>), summary: '  a summary with spaces  ' };
    expect(parseItemWith(ITEM_PARSES.facts, fact)).to.deep.equal(ITEM_PARSES.facts.schema.safeParse(fact));
  });
});
