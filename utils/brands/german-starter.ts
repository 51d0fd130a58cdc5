import type { Guidelines, Rule } from '../checks/guidelines';

/** How a German brand addresses its readers: formally ("Sie") or informally ("du"). */
export const GERMAN_ADDRESSES = ['sie', 'du'] as const;
export type GermanAddress = (typeof GERMAN_ADDRESSES)[number];

/*
 * The address rules are regular expressions run by the existence kind, so the engine needs nothing new for
 * them. Guards, as lookarounds (the engine runs patterns on the whole draft, so a lookbehind sees what comes
 * before the match); docs/starter-packs.md lists the grammar sources for each:
 * - not inside a quotation: a customer's words quoted in the post are theirs, whatever form of address they
 *   use. A quotation is open when an opening mark („, », or “ or " after a space) comes before the match with
 *   no closing mark in between. Only the last 280 characters are looked at, which keeps the cost linear in
 *   the draft's length (the pattern-safety analysis refuses an unbounded look back).
 * - for the formal forms, not at the start of a sentence: there "Sie" and "Ihr" are as likely "they", "she",
 *   "her" or "their" ("Sie kommen morgen."), so only a capital in mid-sentence is a formal address. A line
 *   start, a sentence end (. ! ? …), a colon or an emoji before the word counts as a sentence start.
 *   One opening is decided all the same: "Sie" followed by a plural verb in a sentence that ends in "?"
 *   ("Sie haben Fragen?") asks the reader; "they" there would be an echo question nobody posts.
 */
const QUOTED_BEFORE = 280;
const NOT_QUOTED = [
  `(?<!„[^“”„]{0,${QUOTED_BEFORE}})`,
  `(?<!»[^«»]{0,${QUOTED_BEFORE}})`,
  String.raw`(?<!(?:^|[\s(])[“"][^”“"]{0,${QUOTED_BEFORE}})`,
].join('');
/** What opens a sentence: a line start, a sentence end, a colon or an emoji, then spaces or opening marks. */
const SENTENCE_OPENING = String.raw`(?:^|[.!?…:\n\p{Extended_Pictographic}])[\s"„“»«(]{0,5}`;
/*
 * Each token starts with its words and checks what comes before them afterwards, with the words inside the
 * lookbehind: a token that starts with a lookbehind is tried, lookbehinds and all, at every position of the
 * draft (ten times slower on a 20,000-character draft), one that starts with a word fails at once where the
 * word is not.
 */
const words = (forms: readonly string[]) => `(?:${forms.join('|')})`;
const notSentenceStart = (forms: string) => `(?<!${SENTENCE_OPENING}${forms})`;
const atSentenceStart = (forms: string) => `(?<=${SENTENCE_OPENING}${forms})`;

/** Capitalised in mid-sentence, these are the formal "you"; "Ihr" capitalised there too ("Ihr Paket"). */
const FORMAL_FORMS = ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihrem', 'Ihren', 'Ihrer', 'Ihres'];
/** "Sie" opening a question with a plural verb ("Sie haben Fragen?", "Sie sind neu hier?"). */
const FORMAL_QUESTION_OPENING = String.raw`Sie${atSentenceStart('Sie')}(?= (?:\p{Ll}{1,20}en|sind) [^.!?…\n]{0,80}\?)`;

/** The informal "you", singular and plural; "ihr" (plural "you") is left out, being also "her" and "their". */
const INFORMAL_FORMS = [
  ...['du', 'dich', 'dir', 'dein', 'deine', 'deinem', 'deinen', 'deiner', 'deines'],
  ...['euch', 'euer', 'eure', 'eurem', 'euren', 'eurer', 'eures'],
];
/**
 * A French "du" in a name ("Café du Monde", "Cirque du Soleil"): between two capitalised words. A German "du"
 * there follows its verb, which ends in -st ("Hast du Zeit?", "Kennst du Berlin?"), or a word that opens a
 * question or clause ("Und du Anna?"), which are named here.
 */
const NOT_IN_FRENCH_NAME = String.raw`(?!(?<=(?<!\p{L})(?!(?:Und|Oder|Aber|Wenn|Dass|Ob|Was|Wie|Wo|Wann|Warum|Weil|Jetzt|Dann|Nur|Auch|Hey|Hallo|Sei|Bleib) )\p{Lu}\p{L}{0,20}(?<!st) du) \p{Lu})`;
/*
 * The informal imperative has no pronoun ("Schreib uns", "Komm vorbei"), so its verb is the address. Listed:
 * singular forms common in posts that are no noun or adjective as well ("Folge", "Besuche", "Sichere",
 * "Teile" are, and are left out), at a sentence start or after a word that may open one ("Dann komm vorbei"),
 * and not followed by a subject ("Hole ich dich ab?" is a question) or by a pronoun flagged on its own ("Hol dir
 * den Gutschein" is one finding, "dir"). The plural ("Kommt", "Schreibt") is
 * also the third person with the subject left out ("Macht Spaß!", "Kommt mit Ladekabel."), so it counts only
 * before a word that makes it a request: "uns", "vorbei", "mal", "gern(e)", or "mit" ending the clause.
 */
const IMPERATIVE_SINGULAR = [
  ...['Komm', 'Schreib', 'Schreibe', 'Hol', 'Hole', 'Schau', 'Mach', 'Mache', 'Probier', 'Probiere'],
  ...['Entdecke', 'Bestell', 'Bestelle', 'Kaufe', 'Melde', 'Klicke', 'Frag', 'Lies', 'Sieh', 'Nimm', 'Gib'],
  ...[
    'Hilf',
    'Lass',
    'Sag',
    'Erzähl',
    'Erzähle',
    'Starte',
    'Teste',
    'Abonniere',
    'Erfahre',
    'Finde',
    'Triff',
  ],
  ...['Spar', 'Spare', 'Gönn', 'Gönne', 'Sei', 'Bleib', 'Stöbere', 'Wähle', 'Zeig', 'Zeige', 'Nutze', 'Such'],
];
const IMPERATIVE_PLURAL = [
  ...['Kommt', 'Schreibt', 'Holt', 'Schaut', 'Macht', 'Probiert', 'Entdeckt', 'Bestellt', 'Meldet', 'Fragt'],
  ...['Lest', 'Seht', 'Nehmt', 'Gebt', 'Helft', 'Lasst', 'Sagt', 'Erzählt', 'Startet', 'Testet', 'Folgt'],
  ...['Besucht', 'Findet', 'Trefft', 'Spart', 'Gönnt', 'Seid', 'Bleibt', 'Zeigt', 'Stöbert', 'Schickt'],
];
const MAY_OPEN_SENTENCE = '(?:(?:Jetzt|Dann|Also|Bitte|Einfach|Und|Oder|Aber|Heute|Gleich) )?';
/** Either spelling of a word's first letter: "Komm" at a sentence start, "komm" after "Dann". */
const eitherCase = (word: string): string => `[${word[0]}${word[0]?.toLowerCase()}]${word.slice(1)}`;
/** Each form as written, capitalised and in capitals, since the rule is case-sensitive. */
const anyCase = (word: string): string[] => [
  word,
  word[0]?.toUpperCase() + word.slice(1),
  word.toUpperCase(),
];
const opensImperative = (forms: string) => `${forms}${atSentenceStart(`${MAY_OPEN_SENTENCE}${forms}`)}`;
const INFORMAL_IMPERATIVE = [
  String.raw`${opensImperative(words(IMPERATIVE_SINGULAR.map(eitherCase)))}(?! (?:ich|er|es|man|wir|sie|dir|dich|deine?[mnrs]?|euch)\b)`,
  String.raw`${opensImperative(words(IMPERATIVE_PLURAL.map(eitherCase)))}(?= (?:uns|vorbei|mal|gerne?|mit(?=[!.,?…]|$))\b)`,
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
      tokens: [
        `${words(FORMAL_FORMS)}${notSentenceStart(words(FORMAL_FORMS))}${NOT_QUOTED}`,
        `${FORMAL_QUESTION_OPENING}${NOT_QUOTED}`,
      ],
    };
  return {
    id: 'anrede-sie',
    kind: 'existence',
    message: '„%s“ duzt die Leser, die Marke siezt sie aber: „Sie“, „Ihnen“, „Ihr“.',
    severity: 'warning',
    // Case-sensitive, each form listed in its spellings: the French-name guard needs to see capitals.
    ignorecase: false,
    tokens: [
      `${words(INFORMAL_FORMS.filter((form) => form !== 'du').flatMap(anyCase))}${NOT_QUOTED}`,
      `${words(anyCase('du'))}${NOT_IN_FRENCH_NAME}${NOT_QUOTED}`,
      ...INFORMAL_IMPERATIVE.map((token) => `${token}${NOT_QUOTED}`),
    ],
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
