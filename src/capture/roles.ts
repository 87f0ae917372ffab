import type { ActorMention } from './actorTypes.ts';
import type { TextSpan } from './textSpans.ts';

/**
 * Roles where the clause makes them plain, and no role otherwise: with a verb of sending ("sent",
 * "wrote", "envió"), its subject or its "by" agent is the sender and the actor after "to" / "a" /
 * "al" the recipient; with a verb of paying, the payer and the payee.
 */

const VERBS: readonly { re: RegExp; subject: string; object: string }[] = [
  {
    re: /(?<![\p{L}])(?:sent|sends|send|wrote|writes|emailed|mailed|delivered|forwarded|addressed|issued|submitted|envió|enviaron|enviado|enviada|remitió|remitieron|remitido|escribió|mandó|dirigió)(?![\p{L}])/iu,
    subject: 'sender',
    object: 'recipient',
  },
  { re: /(?<![\p{L}])(?:paid|pays|pagó|pagaron|pagado)(?![\p{L}])/iu, subject: 'payer', object: 'payee' },
];

const PASSIVE = /(?:was|were|been|being|be|is|are|fue|fueron|ha\s+sido|han\s+sido)\s+$/iu;

export function rolesIn(text: string, clause: TextSpan, mentions: readonly ActorMention[]): Map<string, string> {
  const roles = new Map<string, string>();
  const body = text.slice(clause.start, clause.end);
  for (const verb of VERBS) {
    const found = verb.re.exec(body);
    if (!found) continue;
    const at = clause.start + found.index;
    const after = at + found[0].length;
    const participle = /(?:ed|ado|ada|ido|ida)$/iu.test(found[0]) || /^(?:sent|wrote|paid)$/i.test(found[0]);
    const passive =
      PASSIVE.test(text.slice(Math.max(clause.start, at - 20), at)) || (participle && !before(mentions, at));
    const later = mentions.filter((m) => m.start >= after);
    const agent = later.find((m) =>
      /(?:^|\s)(?:by|por)\s+(?:the\s+|el\s+|la\s+)?$/iu.test(text.slice(Math.max(after, m.start - 20), m.start)),
    );
    const object = later.find((m) =>
      /(?:^|\s)(?:to|a|al)\s+(?:the\s+|la\s+|el\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(
        text.slice(Math.max(after, m.start - 40), m.start),
      ),
    );
    const subject = passive ? agent : (before(mentions, at) ?? agent);
    if (subject) roles.set(subject.actorId, verb.subject);
    if (object && object !== subject && !roles.has(object.actorId)) roles.set(object.actorId, verb.object);
    break;
  }
  return roles;
}

function before(mentions: readonly ActorMention[], at: number): ActorMention | undefined {
  return mentions.filter((m) => m.end <= at).at(-1);
}
