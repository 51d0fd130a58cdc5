import type { DraftCount } from './count';
import type { Guidelines } from './guidelines';
import { defaultGuidelines } from './packs/default-guidelines';
import { PLATFORM_FOLDS } from './packs/folds';
import { localDay, type PartnerLike } from './partners';
import type { PrivacyOptions } from './privacy';
import {
  detectLanguage,
  type Entity,
  escapeRegExp,
  findEntities,
  indexWords,
  type Language,
  type WordIndex,
} from './text';
import type { Finding, Jurisdiction, PlatformId, Relationship, SavedPostLike } from './types';
import type { UtmOptions } from './utm';

export interface CheckOptions {
  platform: PlatformId;
  /** The brand's voice rules; `defaultGuidelines` when absent. */
  guidelines?: Guidelines;
  /** Markets whose disclosure law applies; `['US']` when absent. */
  jurisdictions?: Jurisdiction[];
  /** The material connection behind the post; `'unknown'` (inferred from the text) when absent. */
  relationship?: Relationship;
  /**
   * Posts to compare the draft with (research library, own recent posts). The similarity rule indexes the
   * list the first time it sees it: pass the same array to every check until the posts change.
   */
  savedPosts?: SavedPostLike[];
  /**
   * The brand's partners: a draft that mentions one under contract is checked as that relationship, unless
   * `relationship` states another.
   */
  partners?: readonly PartnerLike[];
  /** Set while the brand is in crisis mode: its watch list's terms become errors. */
  crisis?: { reason: string };
  /** The brand's sensitive terms: each one in the draft is a warning, an error during a crisis. */
  watchTerms?: readonly string[];
  /** The day contracts are checked for (`YYYY-MM-DD`); the device's own today when absent. */
  today?: string;
  /** The brand's own contacts, order-number patterns and "send us a DM" text, for the privacy checks. */
  privacy?: PrivacyOptions;
  /**
   * The brand's preferred disclosure label per post language (`{ en: '#ad', de: 'Anzeige' }`), suggested
   * where every selected market accepts it.
   */
  disclosureWording?: Readonly<Record<string, string>>;
  /** Where the brand tags its links: the campaign and hosts to tag (`link-utm`); absent, links are left as they are. */
  utm?: UtmOptions;
  /**
   * This very text's count, when the caller already has it (the composer's badge counts on every keystroke):
   * the length check uses it instead of counting the draft a second time.
   */
  count?: DraftCount;
}

const keywordRegexes = new WeakMap<readonly string[], RegExp>();

/** What every rule kind gets: the draft, the options with defaults applied, and lazily computed analyses. */
export class DraftContext {
  readonly platform: PlatformId;
  readonly guidelines: Guidelines;
  readonly jurisdictions: readonly Jurisdiction[];
  readonly relationship: Relationship;
  readonly savedPosts: readonly SavedPostLike[];
  readonly partners: readonly PartnerLike[];
  readonly crisis: { reason: string } | undefined;
  readonly watchTerms: readonly string[];
  readonly privacy: PrivacyOptions;
  readonly disclosureWording: Readonly<Record<string, string>>;
  readonly utm: UtmOptions | undefined;
  readonly count: DraftCount | undefined;
  private entityCache: Entity[] | undefined;
  private languageCache: Language | undefined;
  private wordIndexCache: WordIndex | undefined;
  private lowerCache: string | undefined;
  private todayOption: string | undefined;
  private readonly memos = new Map<string, Map<string, unknown>>();

  constructor(
    readonly text: string,
    options: CheckOptions,
  ) {
    this.platform = options.platform;
    this.guidelines = options.guidelines ?? defaultGuidelines;
    this.jurisdictions = options.jurisdictions?.length ? [...new Set(options.jurisdictions)] : ['US'];
    this.relationship = options.relationship ?? 'unknown';
    this.savedPosts = options.savedPosts ?? [];
    this.partners = options.partners ?? [];
    this.crisis = options.crisis;
    this.watchTerms = options.watchTerms ?? [];
    this.todayOption = options.today;
    this.privacy = options.privacy ?? {};
    this.disclosureWording = options.disclosureWording ?? {};
    this.utm = options.utm;
    this.count = options.count;
  }

  get entities(): Entity[] {
    this.entityCache ??= findEntities(this.text);
    return this.entityCache;
  }

  /** The draft in lower case, for cheap `includes` pre-checks before a costlier regular expression. */
  get lower(): string {
    this.lowerCache ??= this.text.toLowerCase();
    return this.lowerCache;
  }

  /** Whether any of the words occurs (lower case) anywhere in the draft: one scan for the whole list. */
  mentions(words: readonly string[]): boolean {
    let regex = keywordRegexes.get(words);
    if (!regex) {
      regex = new RegExp(words.map(escapeRegExp).join('|'));
      keywordRegexes.set(words, regex);
    }
    return regex.test(this.lower);
  }

  get language(): Language {
    this.languageCache ??= detectLanguage(this.text, this.lower, this.wordIndex.words);
    return this.languageCache;
  }

  get wordIndex(): WordIndex {
    this.wordIndexCache ??= indexWords(this.text, this.lower);
    return this.wordIndexCache;
  }

  /**
   * Computes something about this draft once, however many rules ask. Two-level keys let callers pass the
   * same string objects every time, whose hashes the engine keeps.
   */
  memo<T>(group: string, key: string, compute: () => T): T {
    let memos = this.memos.get(group);
    if (!memos) {
      memos = new Map();
      this.memos.set(group, memos);
    }
    if (memos.has(key)) return memos.get(key) as T;
    const value = compute();
    memos.set(key, value);
    return value;
  }

  /** Read only when a partner is listed, so other drafts never touch the clock. */
  get today(): string {
    this.todayOption ??= localDay(new Date());
    return this.todayOption;
  }

  get fold() {
    return PLATFORM_FOLDS[this.platform];
  }
}

/** A built-in check: its file name is its rule id. */
export type Check = (draft: DraftContext) => Finding[];
