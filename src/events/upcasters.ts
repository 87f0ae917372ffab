/**
 * Upcasters bring an event payload written under an older `schemaVersion` to the current shape.
 * Each entry upgrades one event type from version `from` to `from + 1`; `upcast` chains them.
 */
export interface Upcaster {
  readonly type: string;
  readonly from: number;
  upgrade(data: Record<string, unknown>): Record<string, unknown>;
}

export const upcasters: readonly Upcaster[] = [
  {
    // Version 1 of RelationAsserted (the draft catalogue) stored the offset as a day count
    // `offsetDays: number | null`; version 2 stores the ISO 8601 duration the dossier uses.
    type: 'RelationAsserted',
    from: 1,
    upgrade({ offsetDays, ...rest }) {
      return { ...rest, offset: typeof offsetDays === 'number' ? `P${offsetDays}D` : null };
    },
  },
  {
    // Version 2 of a source's details adds its locale (how its numeric dates read); before, none was known.
    type: 'SourceRegistered',
    from: 1,
    upgrade: (data) => ({ ...data, locale: null }),
  },
  {
    type: 'SourceDetailsEdited',
    from: 1,
    upgrade: (data) => ({ ...data, locale: null }),
  },
];

/** The payload of `type` at version `version`, upgraded to version `target`. */
export function upcast(
  type: string,
  version: number,
  target: number,
  data: unknown,
  chain: readonly Upcaster[] = upcasters,
): unknown {
  let current = data;
  for (let v = version; v < target; v++) {
    const step = chain.find((u) => u.type === type && u.from === v);
    if (!step) throw new Error(`no upcaster for ${type} from schema version ${v}`);
    current = step.upgrade(current as Record<string, unknown>);
  }
  return current;
}
