import type { Finding } from '@/utils/checks/types';

/**
 * The German text of the disclosure findings, for a German UI: a lookup by finding id (and, where one check
 * words several cases, by which case its English message describes), kept outside the check engine so the
 * engine stays one language and this stays a thin layer over it. The German regulators' own words, which the
 * English message already quotes in German, are carried over as they are. A message this table does not
 * recognise keeps its English text rather than getting a wrong German one.
 */

/** The engine's market names (utils/checks/packs/disclosure-markets/*.ts) and what German readers call them. */
const MARKET_NAMES: readonly (readonly [string, string])[] = [
  ['Germany (UWG/MStV)', 'Deutschland (UWG/MStV)'],
  ['EU (UCPD)', 'EU (UGP-Richtlinie)'],
  ['France (loi 2023-451)', 'Frankreich (loi 2023-451)'],
  ['India (ASCI)', 'Indien (ASCI)'],
  ['UK (ASA/CMA)', 'Vereinigtes Königreich (ASA/CMA)'],
  ['US (FTC)', 'USA (FTC)'],
];

/** The German regulators' sources as the engine quotes them: "(Medienanstalten, Leitfaden (2022): „…“)". */
const GERMAN_SOURCE = /\((?:Medienanstalten|BGH)[^:]*: [^)]*\)/u;

type Wording = (parts: { wording: string; label: string; markets: string; suggestion: string }) => string;

const CASES: Record<string, readonly (readonly [RegExp, Wording])[]> = {
  'disclosure-missing': [
    [
      /tells readers this is not an ad/,
      ({ wording, label }) =>
        `„${wording}“ sagt den Lesern, dies sei keine Werbung, aber der Beitrag ist kommerziell; das führt sie in die Irre. Ersetzen Sie es durch „${label}“.`,
    ],
    [
      /^Is there a material connection/,
      () =>
        'Gibt es eine geschäftliche Verbindung (Bezahlung, Geschenk, Provision, Rabattcode)? Dann kennzeichnen Sie den Beitrag am Anfang als Werbung; ist es Ihr eigenes Produkt oder unbezahlt, stellen Sie die Beziehung entsprechend ein.',
    ],
    [
      /carries no ad label/,
      ({ markets, suggestion }) =>
        `Dieser Beitrag ist kommerziell, hat aber keine Werbekennzeichnung (${markets}). Beginnen Sie ihn mit „${suggestion}“.`,
    ],
    [
      /promotes your own product/,
      ({ markets, suggestion }) =>
        `${markets}: Dieser Beitrag bewirbt Ihr eigenes Produkt, was Leser vielleicht nicht erkennen. Sagen Sie es deutlich („unsere neue Kollektion“) oder beginnen Sie mit „${suggestion}“.`,
    ],
  ],
  'disclosure-ambiguous': [
    [
      /does not clearly say this is an ad/,
      ({ markets, wording, label }) =>
        `${markets}: „${wording}“ sagt nicht eindeutig, dass dies Werbung ist; verwenden Sie „${label}“.`,
    ],
    [
      /is not an acceptable disclosure/,
      ({ markets, wording, label }) =>
        `${markets}: „${wording}“ ist keine ausreichende Kennzeichnung; beginnen Sie den Beitrag mit „${label}“.`,
    ],
  ],
  'disclosure-placement': [
    [
      /is below the "…more" fold/,
      ({ markets, wording }) =>
        `${markets}: „${wording}“ steht unter dem „…mehr“-Umbruch, die meisten Leser sehen es nie; setzen Sie es an den Anfang.`,
    ],
    [
      /may be cut off by "…more"/,
      ({ markets, wording }) =>
        `${markets}: „${wording}“ wird auf kleineren Bildschirmen womöglich von „…mehr“ abgeschnitten; setzen Sie es an den Anfang.`,
    ],
    [
      /lost among the closing hashtags/,
      ({ markets, wording }) =>
        `${markets}: „${wording}“ geht zwischen den Hashtags am Ende unter; setzen Sie es an den Anfang, getrennt von ihnen.`,
    ],
    [
      /must come first, or stand right at the link/,
      ({ markets, wording }) =>
        `${markets}: „${wording}“ muss am Anfang stehen oder direkt an dem Link, den es erklärt.`,
    ],
    [
      /must come first, before anything else/,
      ({ markets, wording }) => `${markets}: „${wording}“ muss ganz am Anfang stehen, vor allem anderen.`,
    ],
    [
      /should be in the post's language/,
      ({ markets, label }) =>
        `${markets}: Die Kennzeichnung sollte in der Sprache des Beitrags stehen: „${label}“.`,
    ],
  ],
};

/** The finding's message in German, or null when it is not one of the disclosure findings this table knows. */
export function germanFindingMessage(finding: Finding, text: string): string | null {
  const cases = CASES[finding.ruleId];
  if (!cases || finding.category !== 'disclosure') return null;
  const english = finding.message;
  const match = cases.find(([pattern]) => pattern.test(english));
  if (!match) return null;
  const [, wordingOf] = match;
  const markets = MARKET_NAMES.filter(([name]) => english.includes(name)).map(([, german]) => german);
  // The engine quotes its labels in straight quotes: the wording first, the label to use after it.
  const quotes = [...english.matchAll(/"([^"]+)"/g)].map((quote) => quote[1] ?? '');
  const suggestion = (finding.suggestions?.[0] ?? '').trim();
  const german = wordingOf({
    wording: text.slice(finding.start, finding.end) || (quotes[0] ?? ''),
    label: quotes[quotes.length - 1] ?? suggestion,
    markets: markets.join(', '),
    suggestion,
  });
  const source = english.match(GERMAN_SOURCE)?.[0];
  return source ? `${german} ${source}` : german;
}
