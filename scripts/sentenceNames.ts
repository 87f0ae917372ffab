import { writerGroups } from './writerGroups.ts';
import { foundEvents, tracedDevCaptures } from './tracedDevCaptures.ts';
import { namesMatch } from '../eval/scoreArticle.ts';

/**
 * `node --import tsx scripts/sentenceNames.ts WRITERS`: captures the dev set and, for every gold actor not linked to a
 * found event whose name (or a short form: its last word, its capitals' acronym, a word in capitals inside it) is
 * written in the event's sentence, prints why it was not linked: `unindexed` (no actor of the index has a mention
 * there), `other-form` (a mention there belongs to an actor whose names do not match the gold's), or `indexed` (the
 * index has it there, but the event's chips leave it out), with `clause` or `sentence` for where the name stands.
 * Lines: class and place | group | language | gold name | the form found and the index's names there | the event's
 * chips | the clause quoted || the sentence.
 */

const CAP = /^\p{Lu}/u;

/** The short forms of a gold name a sentence may write. */
function formsOf(name: string): string[] {
  const words = name.split(/\s+/u).filter(Boolean);
  const forms = new Set<string>([name]);
  const last = words.at(-1) ?? '';
  if (words.length > 1 && CAP.test(last) && last.length >= 4) forms.add(last);
  const caps = words
    .filter((w) => CAP.test(w))
    .map((w) => w[0])
    .join('');
  if (caps.length >= 2 && words.length > 1) forms.add(caps);
  for (const w of words) if (/^[\p{Lu}\d&-]{2,}$/u.test(w)) forms.add(w);
  const paren = /\(([^)]+)\)/u.exec(name);
  if (paren?.[1]) forms.add(paren[1]);
  return [...forms];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

async function main(): Promise<void> {
  const writersFile = process.argv[2];
  if (!writersFile) throw new Error('usage: sentenceNames.ts WRITERS');
  const groupOf = writerGroups(writersFile);
  for await (const capture of tracedDevCaptures(groupOf)) {
    const { lang, group, text, traced, index, namesOf } = capture;
    for (const { event, factId, clause, sentence } of foundEvents(capture)) {
      const chips = traced.get(factId)?.actors ?? [];
      const linked = [...new Set(chips.map((c) => c.actorId))];
      for (const w of event.actors ?? []) {
        if (linked.some((id) => namesMatch(namesOf(id), [w.toLowerCase()]))) continue;
        const body = text.slice(sentence.start, sentence.end);
        let found: { at: number; form: string } | undefined;
        for (const form of formsOf(w)) {
          const m = new RegExp(`(?<![\\p{L}\\d])${escape(form)}(?![\\p{L}\\d])`, 'u').exec(body);
          if (m) {
            found = { at: sentence.start + m.index, form };
            break;
          }
        }
        if (!found) continue;
        const { at, form } = found;
        const where = at >= clause.start && at < clause.end ? 'clause' : 'sentence';
        const over = index.mentions.filter((m) => m.start < at + form.length && at < m.end);
        const cls =
          over.length === 0
            ? 'unindexed'
            : over.some((m) => namesMatch(namesOf(m.actorId), [w.toLowerCase()]))
              ? 'indexed'
              : 'other-form';
        const forms = over.map((m) => `${text.slice(m.start, m.end)}=>${namesOf(m.actorId)[0]}`).join('; ');
        console.log(
          `${cls} ${where} | ${group} | ${lang} | ${w} | ${form} ${forms} | chips ${JSON.stringify(linked.map((id) => namesOf(id)[0]))} | ${text.slice(clause.start, clause.end).replace(/\s+/gu, ' ')} || ${body.replace(/\s+/gu, ' ').slice(0, 300)}`,
        );
      }
    }
  }
}

await main();
