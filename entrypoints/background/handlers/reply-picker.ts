import { type Browser, browser } from 'wxt/browser';
import type { PlatformId } from '@/utils/checks/types';
import { brandsRepository } from '@/utils/db/brands';
import { crisesRepository } from '@/utils/db/crises';
import type { OnBrandDatabase } from '@/utils/db/database';
import { repliesRepository } from '@/utils/db/replies';
import { settingsRepository } from '@/utils/db/settings';
import type { ReplyPickerNotice } from '@/utils/messaging';
import {
  PickerActionSchema,
  PickerHelloSchema,
  type PickerShow,
  type PickerTyped,
  REPLY_PICKER_PORT,
} from '@/utils/replies/picker-port';
import type { Handlers } from '../router';

/** Sends a notice to the top frame of a tab, where the site's content script runs. */
export type NoticeTab = (tabId: number, notice: ReplyPickerNotice) => Promise<void>;

const noticeTopFrame: NoticeTab = async (tabId, notice) => {
  await browser.tabs.sendMessage(tabId, notice, { frameId: 0 });
};

type Port = Browser.runtime.Port;

interface PickerSession {
  tabId: number;
  platform: PlatformId;
  /** The picker's port, once it presented the token; a token is good for one port only. */
  port?: Port;
  /** Asked to open before the picker had connected: shown as soon as it does. */
  pendingShow?: PickerShow;
  /** Keys for that show, handed on after it. */
  pendingTyped?: PickerTyped[];
}

/** More would only come from a content script registering tokens in a loop. */
const MAX_SESSIONS = 100;
const PICKER_PATH = '/reply-picker.html';

/**
 * The reply picker's sessions: one per tab, made by the content script there (which frames a hidden picker
 * with a fresh token before the user asks for it, so it opens at once), joined by the picker's port with that
 * token, and fed only over that port. The picker believes nothing else: not its URL, not messages from other
 * extension pages; and what it sends back only ever reaches the top frame of its own tab.
 */
export function replyPickerSessions(db: OnBrandDatabase, noticeTab: NoticeTab = noticeTopFrame) {
  const replies = repliesRepository(db);
  const brands = brandsRepository(db);
  const crises = crisesRepository(db);
  const settings = settingsRepository(db);
  const sessions = new Map<string, PickerSession>();

  const drop = (token: string) => {
    const session = sessions.get(token);
    sessions.delete(token);
    session?.port?.disconnect();
  };

  const isPickerPage = (url: string | undefined) => {
    try {
      const parsed = new URL(url ?? '');
      return (
        (parsed.protocol === 'chrome-extension:' || parsed.protocol === 'moz-extension:') &&
        parsed.pathname === PICKER_PATH
      );
    } catch {
      return false;
    }
  };

  /** runtime.onConnect: the picker page introducing itself. */
  const connect = (port: Port) => {
    if (port.name !== REPLY_PICKER_PORT) return;
    if (port.sender?.id !== browser.runtime.id || !isPickerPage(port.sender.url)) {
      port.disconnect();
      return;
    }
    let token: string | undefined;
    port.onMessage.addListener((raw: unknown) => {
      if (token === undefined) {
        const hello = PickerHelloSchema.safeParse(raw);
        const session = hello.success ? sessions.get(hello.data.token) : undefined;
        if (!hello.success || !session || session.port || session.tabId !== port.sender?.tab?.id) {
          port.disconnect();
          return;
        }
        token = hello.data.token;
        session.port = port;
        if (session.pendingShow) port.postMessage(session.pendingShow);
        for (const typed of session.pendingTyped ?? []) port.postMessage(typed);
        session.pendingShow = undefined;
        session.pendingTyped = undefined;
        return;
      }
      const session = sessions.get(token);
      const action = PickerActionSchema.safeParse(raw);
      if (!session || !action.success) return;
      const notice: ReplyPickerNotice =
        action.data.type === 'insert'
          ? {
              type: 'replies.picked',
              replyId: action.data.replyId,
              text: action.data.text,
              cursor: action.data.cursor,
            }
          : { type: 'replies.pickerClosed' };
      // The page navigated away or the content script is gone: nothing left to insert into.
      noticeTab(session.tabId, notice).catch(() => drop(token ?? ''));
    });
    port.onDisconnect.addListener(() => {
      if (token !== undefined && sessions.get(token)?.port === port) sessions.delete(token);
    });
  };

  /** The session of `token`, if the sender's tab and site registered it. */
  const sessionOf = (
    token: string,
    sender: { tab?: { id?: number } },
    site: { id: PlatformId } | undefined,
  ) => {
    const session = sessions.get(token);
    return session && site && session.tabId === sender.tab?.id && session.platform === site.id
      ? session
      : undefined;
  };

  const handlers: Pick<Handlers, 'replies.pickerPrepare' | 'replies.pickerOpen' | 'replies.pickerKeys'> = {
    'replies.pickerPrepare': async ({ token }, sender, { site }) => {
      const tabId = sender.tab?.id;
      if (!site || tabId === undefined)
        throw new Error('Only a composer on a supported site opens the picker.');
      // One picker per tab: a new one replaces the last (the page reloaded, or the old one was lost).
      for (const [other, session] of sessions) if (session.tabId === tabId) drop(other);
      if (sessions.size >= MAX_SESSIONS) drop(sessions.keys().next().value ?? '');
      sessions.set(token, { tabId, platform: site.id });
      return {};
    },
    'replies.pickerOpen': async ({ token, author, replyId, fontSize }, sender, { site }) => {
      const session = sessionOf(token, sender, site);
      if (!session) return { ready: false };
      const [list, myName, crisis] = await Promise.all([
        replies.forPlatform(session.platform),
        settings.read('myName'),
        brands.forPage(session.platform).then((brand) => (brand ? crises.open(brand.id) : undefined)),
      ]);
      const show: PickerShow = {
        type: 'show',
        platform: session.platform,
        author,
        replyId,
        replies: list,
        myName,
        fontSize,
        ...(crisis ? { crisis: true } : {}),
      };
      if (session.port) session.port.postMessage(show);
      else {
        session.pendingShow = show;
        session.pendingTyped = [];
      }
      return { ready: true };
    },
    // Sent by the content script only after pickerOpen answered, so these follow the show they belong to.
    'replies.pickerKeys': async ({ token, text }, sender, { site }) => {
      const session = sessionOf(token, sender, site);
      const typed: PickerTyped = { type: 'typed', text };
      if (session?.port) session.port.postMessage(typed);
      else session?.pendingTyped?.push(typed);
      return {};
    },
  };

  return { connect, handlers };
}

export type ReplyPickerSessions = ReturnType<typeof replyPickerSessions>;
