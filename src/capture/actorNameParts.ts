import { initialsKey } from './acronyms.ts';
import { kindOfName } from './actorKinds.ts';
import type { ProposedActor } from './actorTypes.ts';
import { normal } from './nameParts.ts';

/** An actor as indexed: its place in the order actors were added, which decides between several that fit. */
export interface NamedEntry {
  readonly order: number;
  readonly actor: ProposedActor;
}

/** Keys → the entries under each, in the order they were added. */
class Lists {
  readonly #lists = new Map<string, NamedEntry[]>();

  add(key: string, entry: NamedEntry): void {
    const list = this.#lists.get(key);
    const last = list?.at(-1);
    if (!list || !last) this.#lists.set(key, [entry]);
    else if (last.order < entry.order) list.push(entry);
    else
      list.splice(
        list.findIndex((e) => e.order > entry.order),
        0,
        entry,
      );
  }

  remove(key: string, order: number): void {
    const list = this.#lists.get(key);
    const at = list?.findIndex((e) => e.order === order) ?? -1;
    if (list && at >= 0) list.splice(at, 1);
  }

  first(key: string): NamedEntry | undefined {
    return this.#lists.get(key)?.[0];
  }

  /** The one entry under `key`, or undefined when there are none or several. */
  only(key: string): NamedEntry | undefined {
    const list = this.#lists.get(key);
    return list?.length === 1 ? list[0] : undefined;
  }
}

/**
 * The actors a capture has linked or proposed so far, indexed by the parts of their names that a
 * later single word or short run of words may be (`partOfName`, `surnamesOf`, `firstAndLaterOf`,
 * `shortFormOf`, `spelledOutBy` in `nameParts.ts`): a person's last word, its last two and three
 * words, its second-to-last word, its first word, and its first word with a later one; an organisation's first and
 * last words, its name less one word at either end, and its initials. Each key keeps its actors in the order they were added,
 * so a lookup answers the first that fits, as a scan of the actors in that order does. Names and
 * kinds never change once an actor is added; an actor added again under its id takes the place
 * it had (as `Map.set` keeps a key's place).
 */
export class ActorNameParts {
  /** A person of two words or more, by the last word of its normal name. */
  readonly personLast = new Lists();
  /** A person of three words or more, by the second-to-last word of its normal name. */
  readonly personSecondLast = new Lists();
  /** A person of two words or more, by the first word of its normal name. */
  readonly personFirst = new Lists();
  /** A person, by its last two (three) normal words, when the name has more than two (three). */
  readonly personEnding = new Lists();
  /** An organisation (any actor not a person) of two words or more, by the first word of its normal name. */
  readonly bodyFirst = new Lists();
  /** An organisation of two words or more whose second-to-last word is capitalised, by its last word, normal. */
  readonly bodyLast = new Lists();
  /**
   * A person of three words or more, by its first normal word and a later one, space-separated:
   * each later word, where it first stands after the first word, unless "de", "del" or "of"
   * follows it there ("rafael" of "San Rafael de Quebradas" opens a place's name).
   */
  readonly personFirstAndLater = new Lists();
  /**
   * An organisation (no person, no country) of three words or more, by the number of its words
   * less one and those words, normal and space-separated: all but the first, and all but the
   * last when the last names a kind ("Ltd", "Department").
   */
  readonly bodyShortForm = new Lists();
  /** An actor not a person, by `initialsKey` of its name (the length and letters of its initials). */
  readonly bodyInitials = new Lists();
  readonly #orders = new Map<string, { order: number; keys: [Lists, string][] }>();
  #next = 0;

  /** Indexes `actor`, added (or set again) under its id. */
  add(actor: ProposedActor): void {
    const had = this.#orders.get(actor.id);
    if (had) for (const [lists, key] of had.keys) lists.remove(key, had.order);
    const order = had?.order ?? this.#next++;
    const keys = keysOf(actor, this);
    this.#orders.set(actor.id, { order, keys });
    for (const [lists, key] of keys) lists.add(key, { order, actor });
  }
}

function keysOf(actor: ProposedActor, index: ActorNameParts): [Lists, string][] {
  const parts = normal(actor.name).split(/\s+/);
  const keys: [Lists, string][] = [];
  if (actor.kind === 'person') {
    if (parts.length >= 2) keys.push([index.personLast, parts.at(-1) as string]);
    if (parts.length >= 3) keys.push([index.personSecondLast, parts.at(-2) as string]);
    if (parts.length >= 2) keys.push([index.personFirst, parts[0] as string]);
    for (const n of [2, 3]) if (parts.length > n) keys.push([index.personEnding, parts.slice(-n).join(' ')]);
    if (parts.length > 2)
      for (const later of new Set(parts.slice(1))) {
        const at = parts.indexOf(later, 1);
        if (!/^(?:de|del|of)$/u.test(parts[at + 1] ?? ''))
          keys.push([index.personFirstAndLater, `${parts[0] as string} ${later}`]);
      }
    return keys;
  }
  if (parts.length >= 2) keys.push([index.bodyFirst, parts[0] as string]);
  const words = actor.name.split(/\s+/);
  if (words.length >= 2 && /^\p{Lu}/u.test(words.at(-2) ?? '')) keys.push([index.bodyLast, normal(words.at(-1) ?? '')]);
  keys.push([index.bodyInitials, initialsKey(actor.name)]);
  if (actor.kind !== 'country' && words.length >= 3) {
    const wordParts = words.map(normal);
    const short = new Set([`${words.length - 1} ${wordParts.slice(1).join(' ')}`]);
    if (kindOfName(words.at(-1) ?? '') !== null) short.add(`${words.length - 1} ${wordParts.slice(0, -1).join(' ')}`);
    for (const key of short) keys.push([index.bodyShortForm, key]);
  }
  return keys;
}
