import type { Finding } from '../../src/checks/index.ts';
import type { ComponentFindings } from '../findingsProjection.ts';
import type { ReadModelContext, ReadModelSchema } from './context.ts';

export const findingsSchema: ReadModelSchema = {
  tables: { findings: 'component, n', fact_findings: 'fact_id' },
  ddl: (p) => `
    CREATE TABLE IF NOT EXISTS ${p}findings (component TEXT NOT NULL, n INTEGER NOT NULL, severity TEXT NOT NULL, finding TEXT NOT NULL,
      PRIMARY KEY (component, n)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}fact_findings (fact_id TEXT PRIMARY KEY, component TEXT NOT NULL, findings TEXT NOT NULL) WITHOUT ROWID;`,
  lookupIndexes: {
    fact_findings_component: (p) =>
      `CREATE INDEX IF NOT EXISTS ${p}fact_findings_component ON ${p}fact_findings (component);`,
  },
};

/**
 * The findings read model: the date-check findings of each component of related facts (`findings`),
 * and for each fact of a component of several facts, or with findings, its component and the
 * findings that involve it (`fact_findings`).
 */
export class Findings {
  private readonly prefix: string;

  constructor(private readonly c: ReadModelContext) {
    this.prefix = c.prefix;
  }

  componentOf(factId: string): string | undefined {
    return this.c.stmt(`SELECT component FROM ${this.prefix}fact_findings WHERE fact_id = ?`).pluck().get(factId) as
      string | undefined;
  }

  membersOf(component: string): string[] {
    return this.c
      .stmt(`SELECT fact_id FROM ${this.prefix}fact_findings WHERE component = ?`)
      .pluck()
      .all(component) as string[];
  }

  /** Replaces the findings of the `dropped` components by `components` (the re-checked ones). */
  replace(dropped: Iterable<string>, components: readonly ComponentFindings[]): void {
    const p = this.prefix;
    for (const component of dropped) {
      if (this.c.tracking) for (const m of this.membersOf(component)) this.c.factChanged(m);
      this.c.stmt(`DELETE FROM ${p}findings WHERE component = ?`).run(component);
      this.c.stmt(`DELETE FROM ${p}fact_findings WHERE component = ?`).run(component);
    }
    const putFinding = this.c.stmt(
      `INSERT OR REPLACE INTO ${p}findings (component, n, severity, finding) VALUES (?, ?, ?, ?)`,
    );
    const putMember = this.c.stmt(
      `INSERT OR REPLACE INTO ${p}fact_findings (fact_id, component, findings) VALUES (?, ?, ?)`,
    );
    for (const c of components) {
      c.findings.forEach((f, n) => putFinding.run(c.component, n, f.severity, JSON.stringify(f)));
      // A fact alone in its component, with no finding, has no row: `componentOf` is then undefined
      // and `of` empty, which is all the row would say (most facts relate to none).
      if (c.members.length === 1 && c.findings.length === 0) {
        this.c.factChanged(c.members[0]!);
        continue;
      }
      for (const m of c.members) {
        const mine = c.findings.length === 0 ? '[]' : JSON.stringify(c.findings.filter((f) => f.facts.includes(m)));
        putMember.run(m, c.component, mine);
        this.c.factChanged(m);
      }
    }
  }

  /** The current findings that involve `factId`. */
  of(factId: string): Finding[] {
    const row = this.c
      .stmt(`SELECT findings FROM ${this.prefix}fact_findings WHERE fact_id = ?`)
      .pluck()
      .get(factId) as string | undefined;
    return row ? (JSON.parse(row) as Finding[]) : [];
  }

  /** The current findings of several facts as stored (JSON text, one query); facts with no row are left out. */
  textsOf(factIds: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    if (factIds.length === 0) return out;
    const rows = this.c
      .stmt(
        `SELECT fact_id AS id, findings FROM ${this.prefix}fact_findings WHERE fact_id IN (SELECT value FROM json_each(?))`,
      )
      .raw()
      .all(JSON.stringify(factIds)) as [string, string][];
    for (const r of rows) out.set(r[0], r[1]);
    return out;
  }

  /**
   * The rows of several facts at once (one query): each fact's component and its findings as
   * stored (JSON text). Facts alone in their component with no finding have no row.
   */
  rowsOf(factIds: readonly string[]): Map<string, { readonly component: string; readonly findings: string }> {
    const out = new Map<string, { component: string; findings: string }>();
    if (factIds.length === 0) return out;
    const rows = this.c
      .stmt(
        `SELECT fact_id AS id, component, findings FROM ${this.prefix}fact_findings WHERE fact_id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(factIds)) as { id: string; component: string; findings: string }[];
    for (const r of rows) out.set(r.id, { component: r.component, findings: r.findings });
    return out;
  }

  /** The members of several components at once (one query), each component's in no particular order. */
  membersOfMany(components: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>(components.map((c) => [c, []]));
    if (components.length === 0) return out;
    const rows = this.c
      .stmt(
        `SELECT component, fact_id AS id FROM ${this.prefix}fact_findings WHERE component IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(components)) as { component: string; id: string }[];
    for (const r of rows) out.get(r.component)?.push(r.id);
    return out;
  }

  /** Every current finding, in no particular order. */
  all(): Finding[] {
    return (this.c.stmt(`SELECT finding FROM ${this.prefix}findings`).pluck().all() as string[]).map(
      (f) => JSON.parse(f) as Finding,
    );
  }
}
