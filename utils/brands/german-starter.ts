import type { Guidelines, Rule } from '../checks/guidelines';

/** How a German brand addresses its readers: formally ("Sie") or informally ("du"). */
export const GERMAN_ADDRESSES = ['sie', 'du'] as const;
export type GermanAddress = (typeof GERMAN_ADDRESSES)[number];

/*
 * The address rules are regular expressions run by the existence kind, so the engine needs nothing new for
 * them. Two guards, as lookbehinds (the engine runs patterns on the whole draft, so a lookbehind sees what
 * comes before the match):
 * - not inside a quotation: a customer's words quoted in the post are theirs, whatever form of address they
 *   use. A quotation is open when an opening mark („, », or “ or " after a space) comes before the match with
 *   no closing mark in between. Only the last 280 characters are looked at, which keeps the cost linear in
 *   the draft's length (the pattern-safety analysis refuses an unbounded look back).
 * - for the formal forms, not at the start of a sentence: there "Sie" and "Ihr" are as likely "they", "she",
 *   "her" or "their" ("Sie kommen morgen."), so only a capital in mid-sentence is a formal address. A line
 *   start, a sentence end (. ! ? …), a colon or an emoji before the word counts as a sentence start.
 */
const QUOTED_BEFORE = 280;
const NOT_QUOTED = [
  `(?<!„[^“”„]{0,${QUOTED_BEFORE}})`,
  `(?<!»[^«»]{0,${QUOTED_BEFORE}})`,
  String.raw`(?<!(?:^|[\s(])[“"][^”“"]{0,${QUOTED_BEFORE}})`,
].join('');
const NOT_SENTENCE_START = String.raw`(?<!(?:^|[.!?…:\n\p{Extended_Pictographic}])[\s"„“»«(]{0,5})`;

/** Capitalised in mid-sentence, these are the formal "you"; "Ihr" capitalised there too ("Ihr Paket"). */
const FORMAL_FORMS = ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihrem', 'Ihren', 'Ihrer', 'Ihres'];
/** The informal "you", singular and plural; "ihr" (plural "you") is left out, being also "her" and "their". */
const INFORMAL_FORMS = [
  ...['du', 'dich', 'dir', 'dein', 'deine', 'deinem', 'deinen', 'deiner', 'deines'],
  ...['euch', 'euer', 'eure', 'eurem', 'euren', 'eurer', 'eures'],
];

function addressRule(address: GermanAddress): Rule {
  if (address === 'du')
    return {
      id: 'anrede-du',
      kind: 'existence',
      message: '„%s“ siezt die Leser, die Marke duzt sie aber: „du“, „dich“, „dir“, „dein“.',
      severity: 'warning',
      // Case is the point: "sie" and "ihr" in lower case are "she", "they", "her", never the formal "you".
      ignorecase: false,
      tokens: [`${NOT_QUOTED}${NOT_SENTENCE_START}(?:${FORMAL_FORMS.join('|')})`],
    };
  return {
    id: 'anrede-sie',
    kind: 'existence',
    message: '„%s“ duzt die Leser, die Marke siezt sie aber: „Sie“, „Ihnen“, „Ihr“.',
    severity: 'warning',
    ignorecase: true,
    tokens: [`${NOT_QUOTED}(?:${INFORMAL_FORMS.join('|')})`],
  };
}

/** Rules that hold whichever form of address the brand chose. */
const VOICE_RULES: readonly Rule[] = [
  {
    id: 'denglisch',
    kind: 'substitution',
    // One replacement each: the message names it, and Vale would show `a|b` there as written.
    message: 'Schreiben Sie „%s“: Das versteht jeder, ohne Englisch.',
    severity: 'warning',
    ignorecase: true,
    capitalize: true,
    swap: {
      Meeting: 'Besprechung',
      Meetings: 'Besprechungen',
      Deadline: 'Frist',
      Feedback: 'Rückmeldung',
      downloaden: 'herunterladen',
      gedownloadet: 'heruntergeladen',
      updaten: 'aktualisieren',
      geupdatet: 'aktualisiert',
      supporten: 'unterstützen',
      gecheckt: 'geprüft',
      Skills: 'Fähigkeiten',
      Location: 'Ort',
    },
  },
  {
    id: 'floskeln',
    kind: 'existence',
    message: '„%s“ klingt nach Pressemitteilung; sagen Sie, was es den Kunden bringt.',
    severity: 'warning',
    ignorecase: true,
    tokens: [
      'Synergie',
      'Synergien',
      'ganzheitlich',
      'ganzheitliche',
      'ganzheitlichen',
      'Mehrwert',
      'innovative Lösung',
      'innovative Lösungen',
      'Gamechanger',
      'Game Changer',
      'Game-Changer',
      'disruptiv',
      'disruptive',
      'next level',
    ],
  },
  {
    id: 'fuellwoerter',
    kind: 'existence',
    message: '„%s“ ist ein Füllwort; ohne liest sich der Satz klarer.',
    severity: 'info',
    ignorecase: true,
    tokens: [
      'eigentlich',
      'quasi',
      'sozusagen',
      'irgendwie',
      'gewissermaßen',
      'im Grunde genommen',
      'letztendlich',
    ],
  },
  {
    id: 'ausrufezeichen',
    kind: 'occurrence',
    message: 'Mehr als ein Ausrufezeichen: Eines wirkt freundlich, drei wirken laut.',
    severity: 'info',
    token: '!',
    max: 1,
  },
  {
    id: 'einheitlich-gendern',
    kind: 'consistency',
    message: '„%s“ gendert anders als der Rest des Beitrags; bleiben Sie bei einer Schreibweise.',
    severity: 'info',
    ignorecase: false,
    // Each pair names two ways of gendering; a post that uses both members of a pair mixes them.
    either: {
      '\\p{L}+\\*innen': '\\p{L}+:innen',
      '\\p{L}+:innen': '\\p{L}+_innen',
      '\\p{L}+_innen': '\\p{L}+\\*innen',
    },
  },
];

/** The German starter pack for a brand that addresses its readers as `address` says. */
export function germanBrandVoice(address: GermanAddress): Guidelines {
  return {
    name: address === 'du' ? 'Deutsche Markenstimme (du)' : 'Deutsche Markenstimme (Sie)',
    version: 1,
    marks: [],
    rules: [addressRule(address), ...VOICE_RULES],
  };
}
