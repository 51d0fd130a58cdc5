import type { Guidelines } from './guidelines';
import { defaultGuidelines } from './packs/default-guidelines';
import { PLATFORM_FOLDS } from './packs/folds';
import { detectLanguage, type Entity, findEntities, type Language } from './text';
import type { Finding, Jurisdiction, PlatformId, Relationship, SavedPostLike } from './types';

export interface CheckOptions {
  platform: PlatformId;
  /** The brand's voice rules; `defaultGuidelines` when absent. */
  guidelines?: Guidelines;
  /** Markets whose disclosure law applies; `['US']` when absent. */
  jurisdictions?: Jurisdiction[];
  /** The material connection behind the post; `'unknown'` (inferred from the text) when absent. */
  relationship?: Relationship;
  /** Posts to compare the draft with (research library, own recent posts). */
  savedPosts?: SavedPostLike[];
}

/** What every rule kind gets: the draft, the options with defaults applied, and lazily computed analyses. */
export class DraftContext {
  readonly platform: PlatformId;
  readonly guidelines: Guidelines;
  readonly jurisdictions: readonly Jurisdiction[];
  readonly relationship: Relationship;
  readonly savedPosts: readonly SavedPostLike[];
  private entityCache: Entity[] | undefined;
  private languageCache: Language | undefined;

  constructor(
    readonly text: string,
    options: CheckOptions,
  ) {
    this.platform = options.platform;
    this.guidelines = options.guidelines ?? defaultGuidelines;
    this.jurisdictions = options.jurisdictions?.length ? [...new Set(options.jurisdictions)] : ['US'];
    this.relationship = options.relationship ?? 'unknown';
    this.savedPosts = options.savedPosts ?? [];
  }

  get entities(): Entity[] {
    this.entityCache ??= findEntities(this.text);
    return this.entityCache;
  }

  get language(): Language {
    this.languageCache ??= detectLanguage(this.text);
    return this.languageCache;
  }

  get fold() {
    return PLATFORM_FOLDS[this.platform];
  }
}

/** A built-in check: its file name is its rule id. */
export type Check = (draft: DraftContext) => Finding[];
