import type { Issue } from '../../core/errors.ts';
import type { DossierAbout } from './dossierLog.ts';
import type { FieldDifference } from './itemViews.ts';
import type { ItemOutcome, Preference } from './settleItem.ts';

export type Section = 'sources' | 'actors' | 'topics' | 'facts';
export const SECTIONS: readonly Section[] = ['sources', 'actors', 'topics', 'facts'];

export type ImportCounts = Record<ItemOutcome | 'rejected', number>;

/** An event an item appended (or, on a dry run, would append). */
export interface PlannedEvent {
  readonly type: string;
  readonly data: unknown;
}

/** One valid item of the dossier and what the import did with it. */
export interface ImportedItem {
  readonly section: Section;
  readonly id: string;
  /** Where the item is in the dossier, e.g. `facts[3]`. */
  readonly path: string;
  readonly outcome: ItemOutcome;
  /** How many events it appended (on a dry run: would append); 0 when nothing of it is written. */
  readonly events: number;
  /** On a dry run: the events it would append, with their data. */
  readonly planned?: readonly PlannedEvent[];
  /**
   * Set when the item changed in the file and in the store since the last import: every field on
   * which they differ with both values, and how the conflict was settled (`null`: it was not, and
   * nothing of the item was written).
   */
  readonly conflict?: { readonly resolution: Preference | null; readonly fields: readonly FieldDifference[] };
}

export interface RejectedItem {
  /** Where the item is in the dossier, e.g. `facts[3]`. */
  readonly path: string;
  readonly id: string | null;
  readonly issues: readonly Issue[];
}

export interface ImportReport {
  /** True when nothing was written: the report says what the import would do. */
  readonly dryRun: boolean;
  readonly prefer: Preference | null;
  /** The dossier's title and description as the import leaves them, and whether it changed them. */
  readonly dossier: DossierAbout & { readonly outcome: 'updated' | 'unchanged' };
  readonly sources: ImportCounts;
  readonly actors: ImportCounts;
  readonly topics: ImportCounts;
  readonly facts: ImportCounts;
  /** Events appended to the items' streams (0 on a dry run). */
  readonly appended: number;
  /** Events appended to the dossier's own streams: its title and description, and the import log. */
  readonly recorded: number;
  /** Every valid item in dossier order, with its outcome. */
  readonly items: readonly ImportedItem[];
  readonly rejected: readonly RejectedItem[];
}

const emptyCounts = (): ImportCounts => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  kept: 0,
  conflict: 0,
  rejected: 0,
});

/** Where `path` (`facts[3]…`) is in the dossier: section, then index. */
function placeOf(path: string): [number, number] {
  const m = /^(\w+)\[(\d+)\]/.exec(path);
  return m ? [SECTIONS.indexOf(m[1] as Section), Number(m[2])] : [-1, -1];
}
const byDossierOrder = (a: { path: string }, b: { path: string }): number => {
  const [sa, ia] = placeOf(a.path);
  const [sb, ib] = placeOf(b.path);
  return sa - sb || ia - ib;
};

/** Collects an import's report as its items are settled. */
export class ReportBuilder {
  private readonly counts: Record<Section, ImportCounts> = {
    sources: emptyCounts(),
    actors: emptyCounts(),
    topics: emptyCounts(),
    facts: emptyCounts(),
  };
  private readonly items: ImportedItem[] = [];
  private readonly rejectedItems: RejectedItem[] = [];
  appended = 0;
  recorded = 0;
  dossier: ImportReport['dossier'] = { title: null, description: null, outcome: 'unchanged' };

  constructor(
    private readonly dryRun: boolean,
    private readonly prefer: Preference | null,
  ) {}

  reject(section: Section, path: string, id: string | null, issues: readonly Issue[]): void {
    this.counts[section].rejected += 1;
    this.rejectedItems.push({ path, id, issues });
  }

  rejectedIn(section: Section): number {
    return this.counts[section].rejected;
  }

  settled(item: ImportedItem): void {
    this.counts[item.section][item.outcome] += 1;
    this.items.push(item);
  }

  finish(): ImportReport {
    return {
      dryRun: this.dryRun,
      prefer: this.prefer,
      dossier: this.dossier,
      ...this.counts,
      appended: this.appended,
      recorded: this.recorded,
      items: [...this.items].sort(byDossierOrder),
      rejected: [...this.rejectedItems].sort(byDossierOrder),
    };
  }
}
