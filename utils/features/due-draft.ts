import type { PlatformId } from '@/utils/checks/types';
import type { InsertResult } from '@/utils/editors/insert';
import type { sendMessage } from '@/utils/messaging';
import type { PublishedLinkWatch } from './published-link';

/** What the due-draft offer needs from its composer, injected so it can be tested without an editor. */
export interface DueDraftActions {
  send: typeof sendMessage;
  /** The text the composer's editor holds now. */
  read(): string;
  /** Replaces `start`–`end` of the editor's text, through the editor, if it still holds `expectedText`. */
  replace(start: number, end: number, text: string, expectedText: string): Promise<InsertResult>;
  /**
   * Hands on the link the site shows for the post the user sends next from this page (published-link.ts);
   * undefined where OnBrand knows no such link on the site.
   */
  watchPublished?(onLink: (link: string) => void): PublishedLinkWatch | undefined;
}

/**
 * The calendar's entry due about now for this platform, offered in a composer's panel: one click puts its
 * draft in the composer, another marks it published in the calendar.
 */
export class DueDraftOffer {
  private entry: { id: string; title: string; text: string; published: boolean; linked: boolean } | null =
    null;
  private watch: PublishedLinkWatch | undefined;
  /** Called once the post sent with the entry's draft was marked published with its link. */
  onPublishedLink: ((error: string | null) => void) | undefined;

  constructor(
    private readonly platform: PlatformId,
    private readonly actions: DueDraftActions,
  ) {}

  /** Asks the calendar once; true when there is an entry to offer. */
  async load(): Promise<boolean> {
    const reply = await this.actions.send('calendar.dueDraft', { platform: this.platform });
    if (!reply.ok || !reply.data.entry) return false;
    const { id, title, text } = reply.data.entry;
    this.entry = { id, title, text, published: false, linked: false };
    return true;
  }

  /** What the panel shows, or null while there is nothing due. */
  get view(): { title: string; published: boolean; linked: boolean } | null {
    return (
      this.entry && { title: this.entry.title, published: this.entry.published, linked: this.entry.linked }
    );
  }

  /** The draft the entry plans, for the notice when the editor would not take it. */
  get text(): string {
    return this.entry?.text ?? '';
  }

  /**
   * Puts the entry's draft in the composer, in place of what it holds (usually nothing, or the site's
   * placeholder text). Undefined when nothing is due.
   */
  async insert(): Promise<InsertResult | undefined> {
    if (!this.entry) return undefined;
    const before = this.actions.read();
    const result = await this.actions.replace(0, before.length, this.entry.text, before);
    // The entry's draft is in the composer: the post the user sends from it is the entry's, so the link the
    // site shows for it is recorded on the entry, which the analytics then match by that link first.
    if (result.status === 'done')
      this.watch ??= this.actions.watchPublished?.(
        (link) => void this.markPublished(link).then((error) => this.onPublishedLink?.(error)),
      );
    return result;
  }

  /** The composer is gone: a Post click from elsewhere is not this entry's. */
  stop(): void {
    this.watch?.stopUnlessSent();
  }

  /**
   * Marks the entry published in the calendar, with the link of the post when the page showed it; the
   * error to tell the user, or null.
   */
  async markPublished(link?: string): Promise<string | null> {
    if (!this.entry) return null;
    const reply = await this.actions.send(
      'calendar.markPublished',
      link ? { id: this.entry.id, link } : { id: this.entry.id },
    );
    if (!reply.ok) return reply.error;
    this.entry.published = true;
    if (link) this.entry.linked = true;
    return null;
  }
}
