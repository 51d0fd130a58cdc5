import type { PlatformId } from '@/utils/checks/types';
import type { InsertResult } from '@/utils/editors/insert';
import type { sendMessage } from '@/utils/messaging';

/** What the due-draft offer needs from its composer, injected so it can be tested without an editor. */
export interface DueDraftActions {
  send: typeof sendMessage;
  /** The text the composer's editor holds now. */
  read(): string;
  /** Replaces `start`–`end` of the editor's text, through the editor, if it still holds `expectedText`. */
  replace(start: number, end: number, text: string, expectedText: string): Promise<InsertResult>;
}

/**
 * The calendar's entry due about now for this platform, offered in a composer's panel: one click puts its
 * draft in the composer, another marks it published in the calendar.
 */
export class DueDraftOffer {
  private entry: { id: string; title: string; text: string; published: boolean } | null = null;

  constructor(
    private readonly platform: PlatformId,
    private readonly actions: DueDraftActions,
  ) {}

  /** Asks the calendar once; true when there is an entry to offer. */
  async load(): Promise<boolean> {
    const reply = await this.actions.send('calendar.dueDraft', { platform: this.platform });
    if (!reply.ok || !reply.data.entry) return false;
    const { id, title, text } = reply.data.entry;
    this.entry = { id, title, text, published: false };
    return true;
  }

  /** What the panel shows, or null while there is nothing due. */
  get view(): { title: string; published: boolean } | null {
    return this.entry && { title: this.entry.title, published: this.entry.published };
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
    return this.actions.replace(0, before.length, this.entry.text, before);
  }

  /** Marks the entry published in the calendar; the error to tell the user, or null. */
  async markPublished(): Promise<string | null> {
    if (!this.entry) return null;
    const reply = await this.actions.send('calendar.markPublished', { id: this.entry.id });
    if (!reply.ok) return reply.error;
    this.entry.published = true;
    return null;
  }
}
