/**
 * Giveaway wording and what each platform and market then requires (docs/disclosure-law.md, "Giveaways").
 * A giveaway needs a giveaway word, or "win" together with an entry mechanic, so "a win for the team" passes.
 */
export const GIVEAWAY_WORDS =
  /\b(?:give-?aways?|sweepstakes?|raffle|gewinnspiel|verlosung|concours|jeu-concours|sorteo)\b|#(?:giveaway|win|contest|sweepstakes)\b/iu;
export const WIN_WORDS = /\b(?:win|winner|contest|competition|enter to win|chance to win)\b/i;
export const ENTRY_MECHANIC = /\b(?:tag|follow|comment|share|repost|like|enter|entry|entries|retweet)\b/i;

export const RELEASE_LINE =
  /\b(?:not|in no way) (?:sponsored|endorsed|administered|associated|affiliated)\b[^.\n]*\b(?:instagram|facebook|meta)\b|\breleases? (?:instagram|facebook|meta)\b/i;
export const TAG_OR_SHARE_TO_ENTER =
  /\btag (?:a|your|\d+|one|two|three) (?:friends?|buddies|people)\b|\bshare (?:this|it)?\s*(?:post\s*)?(?:on|to) your (?:timeline|profile|story|feed)\b|\bshare (?:this (?:post )?)?to (?:enter|win)\b/i;
export const NO_PURCHASE = /\bno purchase (?:is )?necessary\b/i;
export const RULES_LINK =
  /\b(?:official rules|terms(?: and conditions| & conditions)?|T&Cs?|rules)\b[^\n]{0,40}(?:https?:\/\/|\S+\.\S+\/|link in bio)/i;
export const CLOSING_DATE =
  /\b(?:closes?|closing|ends?|deadline|until|by)\b[^.\n]{0,30}(?:\d{1,2}(?:st|nd|rd|th)?|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
export const ELIGIBILITY =
  /\b(?:18\+|over 18|aged? \d{2}|(?:uk|us|eu) (?:residents?|only)|residents? of|eligib\w*)\b/i;

export const GIVEAWAY_SOURCES = {
  instagram: 'https://help.instagram.com/179379842258600',
  facebook: 'https://www.facebook.com/policies_center/pages_groups_events',
  US: 'https://mardenkane.com/articles/ftc-updated-guidance-for-social-contests.html',
  UK: 'https://www.asa.org.uk/topic/food_drink_and_supplements.html',
} as const;

const KEYWORDS = [
  'give',
  'sweepstake',
  'raffle',
  'gewinnspiel',
  'verlosung',
  'concours',
  'sorteo',
  'win',
  'contest',
  'competition',
];

export function isGiveaway(lower: string): boolean {
  if (!KEYWORDS.some((keyword) => lower.includes(keyword))) return false;
  return GIVEAWAY_WORDS.test(lower) || (WIN_WORDS.test(lower) && ENTRY_MECHANIC.test(lower));
}

/** Where the giveaway is named, for the finding's span. */
export function giveawaySpan(text: string): { start: number; end: number } {
  const match = GIVEAWAY_WORDS.exec(text) ?? WIN_WORDS.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : { start: 0, end: 0 };
}
