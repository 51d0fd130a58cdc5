import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n/message-key';
import type { Guidelines } from '../checks/guidelines';
import { defaultGuidelines } from '../checks/packs/default-guidelines';
import { type GermanAddress, germanBrandVoice } from './german-starter';
import { EMOJI_TOKEN } from './starter-patterns';

export type { GermanAddress };
export { EMOJI_TOKEN };

/**
 * Starting points for a new brand's guidelines, as data. Each is a complete, valid set (a unit test parses
 * them with GuidelinesSchema) that the user then edits; picking one never changes an existing brand.
 * Variants are listed as plain words rather than `[- ]` classes: plain words skip the pattern-safety analysis,
 * which keeps saving a brand quick.
 */
export interface StarterTemplate {
  id: string;
  title: string;
  /** The title as the UI shows it, in its language. */
  titleKey: MessageKey;
  description: string;
  /** The rules, with their English messages. */
  guidelines: Guidelines;
  /**
   * Each rule's message in the catalogue, by rule id: a brand made from the template in a German UI gets the
   * German messages (the English entry is the message above, which a unit test keeps equal). The messages
   * become the brand's own text, so the engine needs no catalogue for them.
   */
  ruleMessages: Readonly<Record<string, MessageKey>>;
  /** For a pack whose rules depend on how the brand addresses its readers: the rules for each choice. */
  byAddress?: Readonly<Record<GermanAddress, Guidelines>>;
}

export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  {
    id: 'plain-friendly-b2c',
    title: 'Plain and friendly (B2C)',
    titleKey: 'starterTemplatePlainFriendly',
    description: 'Short sentences, everyday words, no corporate jargon, warm but not shouty.',
    ruleMessages: {
      jargon: 'starterRuleJargon',
      'corporate-buzzwords': 'starterRuleCorporateBuzzwords',
      shouting: 'starterRuleShouting',
      'all-caps-words': 'starterRuleAllCapsWords',
      'easy-reading': 'starterRuleEasyReading',
      'repeated-words': 'starterRuleRepeatedWords',
    },
    guidelines: {
      name: 'Plain and friendly',
      version: 1,
      marks: [],
      rules: [
        {
          id: 'jargon',
          kind: 'substitution',
          message: 'Say "%s": it is what people say.',
          severity: 'warning',
          ignorecase: true,
          swap: {
            utilise: 'use',
            utilize: 'use',
            leverage: 'use',
            purchase: 'buy',
            'reach out': 'get in touch|contact us',
            'in order to': 'to',
            commence: 'start',
            assistance: 'help',
          },
        },
        {
          id: 'corporate-buzzwords',
          kind: 'existence',
          message: '"%s" sounds like a press release; say what it means for the customer.',
          severity: 'warning',
          ignorecase: true,
          tokens: [
            'synergy',
            'best-in-class',
            'best in class',
            'paradigm',
            'holistic',
            'value-add',
            'stakeholders',
            'stakeholder',
          ],
        },
        {
          id: 'shouting',
          kind: 'occurrence',
          message: 'More than one exclamation mark: one is friendly, three is shouting.',
          severity: 'info',
          token: '!',
          max: 1,
        },
        {
          id: 'all-caps-words',
          kind: 'existence',
          message: '"%s" in capitals reads as shouting.',
          severity: 'info',
          // Case matters here: ignoring it would flag every long word.
          ignorecase: false,
          tokens: ['\\p{Lu}{5,}'],
        },
        {
          id: 'easy-reading',
          kind: 'readability',
          message: 'This reads at grade %s; aim for 7 or lower.',
          severity: 'info',
          metrics: ['Flesch-Kincaid', 'Automated Readability'],
          grade: 7,
        },
        {
          id: 'repeated-words',
          kind: 'repetition',
          message: '"%s" is repeated.',
          severity: 'warning',
          ignorecase: true,
          alpha: true,
          tokens: ["[\\p{L}\\p{N}'’]+"],
        },
      ],
    },
  },
  {
    id: 'professional-b2b',
    title: 'Professional (B2B)',
    titleKey: 'starterTemplateProfessional',
    description: 'Precise and confident: no hype, no slang, claims backed by a source, consistent spelling.',
    ruleMessages: {
      hype: 'starterRuleHype',
      slang: 'starterRuleSlang',
      'claims-need-source': 'starterRuleClaimsNeedSource',
      'emoji-limit': 'starterRuleEmojiLimit',
      'us-spelling': 'starterRuleUsSpelling',
    },
    guidelines: {
      name: 'Professional',
      version: 1,
      marks: [],
      rules: [
        {
          id: 'hype',
          kind: 'existence',
          message: '"%s" is hype; give the number or the outcome instead.',
          severity: 'warning',
          ignorecase: true,
          tokens: [
            'game-changer',
            'game changer',
            'revolutionary',
            'world-class',
            'world class',
            'unparalleled',
            'mind-blowing',
            'mind blowing',
            'insane',
          ],
        },
        {
          id: 'slang',
          kind: 'substitution',
          message: 'Prefer "%s" in a professional voice.',
          severity: 'warning',
          ignorecase: true,
          swap: {
            gonna: 'going to',
            wanna: 'want to',
            'super excited': 'pleased',
            awesome: 'excellent|strong',
          },
        },
        {
          id: 'claims-need-source',
          kind: 'conditional',
          message: 'A percentage needs its source in the post.',
          severity: 'warning',
          first: '\\d ?%',
          second: 'source',
          ignorecase: true,
        },
        {
          id: 'emoji-limit',
          kind: 'occurrence',
          message: 'More than two emoji in a professional post.',
          severity: 'info',
          // One match per emoji as the reader sees it (one grapheme): a flag's two regional indicators, a
          // keycap, a ZWJ family or a skin-toned hand count once; ™ and © (text by default) do not count.
          token: EMOJI_TOKEN,
          max: 2,
        },
        {
          id: 'us-spelling',
          kind: 'consistency',
          message: 'Mixed spellings: "%s" here, the other spelling elsewhere.',
          severity: 'info',
          ignorecase: true,
          either: { organise: 'organize', analyse: 'analyze', optimise: 'optimize', centre: 'center' },
        },
      ],
    },
  },
  {
    id: 'inclusive-language',
    title: 'Inclusive language',
    titleKey: 'starterTemplateInclusive',
    description: 'Gender-neutral and respectful wording, following widely used style guides.',
    ruleMessages: {
      'gender-neutral': 'starterRuleGenderNeutral',
      'tech-terms': 'starterRuleTechTerms',
      'ableist-terms': 'starterRuleAbleistTerms',
    },
    guidelines: {
      name: 'Inclusive language',
      version: 1,
      marks: [],
      rules: [
        {
          id: 'gender-neutral',
          kind: 'substitution',
          message: 'Prefer "%s" (gender-neutral).',
          severity: 'warning',
          ignorecase: true,
          link: 'https://developers.google.com/style/inclusive-documentation',
          swap: {
            'hey guys': 'hi everyone|hi all',
            'you guys': 'you all|everyone',
            chairman: 'chair|chairperson',
            manpower: 'workforce|staff',
            'man-hours': 'person-hours|work hours',
            'man hours': 'person-hours|work hours',
            mankind: 'humanity|people',
            salesman: 'salesperson',
          },
        },
        {
          id: 'tech-terms',
          kind: 'substitution',
          message: 'Prefer "%s".',
          severity: 'warning',
          ignorecase: true,
          link: 'https://developers.google.com/style/inclusive-documentation',
          swap: {
            whitelist: 'allowlist',
            blacklist: 'blocklist',
            'master branch': 'main branch',
            'sanity check': 'quick check',
          },
        },
        {
          id: 'ableist-terms',
          kind: 'existence',
          message: '"%s" can hurt; describe the thing itself.',
          severity: 'warning',
          ignorecase: true,
          tokens: ['crazy', 'insane', 'lame', 'dumb', 'crippled', 'cripple', 'tone-deaf', 'tone deaf'],
        },
      ],
    },
  },
  {
    id: 'german-brand-voice',
    title: 'German brand voice (Sie or du)',
    titleKey: 'starterTemplateGerman',
    description:
      'For German posts: the form of address the brand chose (Sie or du), German words for Denglisch, no filler or press-release phrases, one exclamation mark, one way of gendering.',
    // German drafts get German messages in either UI language.
    ruleMessages: {},
    guidelines: germanBrandVoice('sie'),
    byAddress: { sie: germanBrandVoice('sie'), du: germanBrandVoice('du') },
  },
];

/** The default guidelines' messages in the catalogue, for a brand made from them (see `ruleMessages`). */
export const DEFAULT_RULE_MESSAGES: Readonly<Record<string, MessageKey>> = {
  'hype-words': 'starterRuleHypeWords',
  'filler-words': 'starterRuleFillerWords',
  'inclusive-language': 'starterRuleInclusiveLanguage',
  'platform-names': 'starterRulePlatformNames',
  'exclamation-marks': 'starterRuleExclamationMarks',
  'offer-terms': 'starterRuleOfferTerms',
  'repeated-words': 'starterRuleRepeatedWords',
  readability: 'starterRuleReadability',
  'spelling-consistency': 'starterRuleSpellingConsistency',
};

/** The guidelines with each rule's message in the UI language, where the catalogue has it. */
function inUiLanguage(
  guidelines: Guidelines,
  ruleMessages: Readonly<Record<string, MessageKey>>,
): Guidelines {
  return {
    ...guidelines,
    rules: guidelines.rules.map((rule) => {
      const key = ruleMessages[rule.id];
      return { ...rule, message: (key && t(key)) || rule.message };
    }),
  };
}

/** What a new brand made from `template` starts with: for the German pack, the rules of the chosen address. */
export function starterGuidelines(template: StarterTemplate, address: GermanAddress = 'sie'): Guidelines {
  return inUiLanguage(template.byAddress?.[address] ?? template.guidelines, template.ruleMessages);
}

/** The default guidelines as a new brand's starting point, their messages in the UI language. */
export function defaultStarterGuidelines(): Guidelines {
  return inUiLanguage(defaultGuidelines, DEFAULT_RULE_MESSAGES);
}
