import { browser } from 'wxt/browser';
import '@/components/finding-card/finding-card.css';
import './picker.css';
import { findingCard } from '@/components/finding-card/finding-card';
import { findingCardElement, fixLines } from '@/components/finding-card/finding-card-dom';
import { checkDraft } from '@/utils/checks';
import type { PlatformId } from '@/utils/checks/types';
import type { SavedReply } from '@/utils/db/records';
import type { ReplyAuthor } from '@/utils/features/reply-context';
import { quoted, t, uiLocale } from '@/utils/i18n';
import { pickerOrder } from '@/utils/replies/picker-order';
import {
  type PickerAction,
  PickerMessageSchema,
  type PickerShow,
  REPLY_PICKER_PORT,
} from '@/utils/replies/picker-port';
import { matchesQuery } from '@/utils/replies/search';
import { type Expansion, fillInLabels, type Unresolved } from '@/utils/replies/template';
import { type ChosenText, chooseReplyText } from '@/utils/replies/variant';
import { SITE_META } from '@/utils/sites/meta';

/*
 * The saved-reply picker, framed hidden by the content script beside the composers of a site page. It is an
 * extension page that believes nothing the page could touch: not its URL (which only carries the one-time
 * token), not messages from other pages. Its one channel is a port to the background, opened with that
 * token; everything it shows (the replies, the platform, who is being replied to) arrives on that port, and
 * the expanded reply goes back on it to the content script of its own tab, which inserts it. Framed by
 * anyone without a valid token, it stays empty.
 */

let platform: PlatformId = 'x';
let platformName = '';
let author: ReplyAuthor = {};
let presetId: string | undefined;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const search = byId<HTMLInputElement>('search');
const list = byId<HTMLDivElement>('replies');
const fieldsBox = byId<HTMLDivElement>('fields');
const previewText = byId<HTMLElement>('preview-text');
const variantNote = byId<HTMLParagraphElement>('variant-note');
const findingsList = byId<HTMLUListElement>('findings');
const status = byId<HTMLParagraphElement>('status');

// The frame's own words in the UI language; index.html carries the English ones for a first paint.
document.documentElement.lang = uiLocale();
document.title = t('pickerTitle');
byId('heading').textContent = t('pickerHeading');
search.setAttribute('aria-label', t('pickerSearchLabel'));
search.placeholder = t('pickerSearchPlaceholder');
list.setAttribute('aria-label', t('pickerListLabel'));
document.querySelector('.preview')?.setAttribute('aria-label', t('pickerPreviewLabel'));
previewText.setAttribute('aria-label', t('pickerReplyPreviewLabel'));
findingsList.setAttribute('aria-label', t('pickerFindingsLabel'));
const keysHint = document.querySelector('footer');
if (keysHint) keysHint.textContent = t('pickerKeys');

let replies: SavedReply[] = [];
let myName = '';
let shown: SavedReply[] = [];
let active = 0;
/** Fill-in values by label; kept while the user moves between replies sharing a label. */
const fieldValues: Record<string, string> = {};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const current = (): SavedReply | undefined => shown[active];

const labelsOf = (reply: SavedReply) => [
  ...new Set([reply.body, ...Object.values(reply.variants)].flatMap((t) => fillInLabels(t ?? ''))),
];

function choose(reply: SavedReply): ChosenText {
  return chooseReplyText(reply, platform, { author, myName, fields: fieldValues, now: new Date() });
}

function renderList(): void {
  list.replaceChildren();
  if (shown.length === 0) {
    list.append(el('li', 'empty', replies.length === 0 ? t('pickerNoReplies') : t('pickerNoMatch')));
    search.removeAttribute('aria-activedescendant');
    return;
  }
  shown.forEach((reply, index) => {
    const item = el('div', 'option', reply.title);
    item.id = `reply-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', String(index === active));
    if (reply.shortcut) item.append(el('span', 'shortcut', `;;${reply.shortcut}`));
    item.addEventListener('mousedown', (event) => {
      if (!event.isTrusted) return;
      event.preventDefault();
      select(index);
    });
    item.addEventListener('dblclick', (event) => {
      if (event.isTrusted) insert();
    });
    list.append(item);
  });
  search.setAttribute('aria-activedescendant', `reply-${active}`);
  list.children[active]?.scrollIntoView({ block: 'nearest' });
}

function renderFields(reply: SavedReply): void {
  fieldsBox.replaceChildren();
  for (const label of labelsOf(reply)) {
    const wrapper = el('label', 'field', label);
    const input = el('input');
    input.value = fieldValues[label] ?? '';
    input.dataset.label = label;
    input.addEventListener('input', () => {
      fieldValues[label] = input.value;
      renderPreview();
    });
    wrapper.append(input);
    fieldsBox.append(wrapper);
  }
}

function describeUnresolved(item: Unresolved): string {
  if (item.reason === 'unknown') return t('pickerVariableUnknown', item.raw);
  if (item.raw.toLowerCase().includes('author')) return t('pickerVariableNoAuthor', item.raw);
  if (item.raw.toLowerCase().includes('my.name')) return t('pickerVariableNoName', item.raw);
  return t('pickerVariableFillIn', item.raw);
}

/** Counts renders, so only the latest preview's checks are listed. */
let previews = 0;

function renderPreview(): void {
  findingsList.replaceChildren();
  variantNote.hidden = true;
  const reply = current();
  if (!reply) {
    previewText.textContent = '';
    return;
  }
  const chosen = choose(reply);
  previewText.textContent = chosen.expansion.text;
  if (chosen.usedVariant) {
    variantNote.hidden = false;
    variantNote.textContent = t('pickerShorterVariant', platformName);
  }
  for (const item of chosen.expansion.unresolved) {
    // Not a finding of the engine, but a problem with the reply all the same: shown as a warning card.
    const card = el('li', 'finding-card');
    card.dataset.severity = 'warning';
    card.append(el('p', 'finding-message', describeUnresolved(item)));
    findingsList.append(card);
  }
  // The same engine as the composer badge, on exactly the text that would be inserted; a task later, so
  // the list and the preview are on screen first.
  const generation = ++previews;
  setTimeout(() => {
    if (generation !== previews) return;
    const text = chosen.expansion.text;
    for (const finding of checkDraft(text, { platform })) {
      const card = findingCard(finding, text);
      findingsList.append(findingCardElement(card, fixLines(card)));
    }
    if (findingsList.childElementCount === 0)
      findingsList.append(el('li', 'no-problems', t('pickerNoProblems')));
  });
}

function select(index: number): void {
  active = Math.max(0, Math.min(index, shown.length - 1));
  status.textContent = '';
  renderList();
  const reply = current();
  if (reply) renderFields(reply);
  else fieldsBox.replaceChildren();
  renderPreview();
}

function filter(): void {
  shown = replies.filter((reply) => matchesQuery(reply, search.value));
  select(0);
}

const port = browser.runtime.connect({ name: REPLY_PICKER_PORT });
let portOpen = true;
port.onDisconnect.addListener(() => {
  portOpen = false;
});

function send(action: PickerAction): void {
  if (!portOpen) {
    status.textContent = t('pickerPageGone');
    return;
  }
  port.postMessage(action);
  // Blank until the next open, so it never shows this reply again for a moment.
  hideContent();
}

function insert(): void {
  const reply = current();
  if (!reply) return;
  const empty = [...fieldsBox.querySelectorAll('input')].find((input) => input.value.trim() === '');
  if (empty) {
    status.textContent = t('pickerFillIn', quoted(empty.dataset.label ?? ''));
    empty.focus();
    return;
  }
  const { expansion }: { expansion: Expansion } = choose(reply);
  send({ type: 'insert', replyId: reply.id, text: expansion.text, cursor: expansion.cursor });
}

const close = () => send({ type: 'close' });

search.addEventListener('input', filter);
search.addEventListener('keydown', (event) => {
  if (!event.isTrusted) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    select(active + (event.key === 'ArrowDown' ? 1 : -1));
  }
});

/*
 * Enter and Escape act when the key is released, on the element it was pressed on. Acting closes this frame,
 * and a frame removed between a key's down and up leaves the browser's key handling waiting on it; it also
 * keeps an Enter that moved focus to the next fill-in from acting twice.
 */
let pressed: { key: string; target: EventTarget | null } | undefined;
document.addEventListener('keydown', (event) => {
  if (!event.isTrusted || (event.key !== 'Enter' && event.key !== 'Escape')) return;
  event.preventDefault();
  pressed = { key: event.key, target: event.target };
});
document.addEventListener('keyup', (event) => {
  if (!event.isTrusted || pressed?.key !== event.key || pressed.target !== event.target) return;
  pressed = undefined;
  if (event.key === 'Escape') return close();
  const inputs = [...fieldsBox.querySelectorAll('input')];
  const index = inputs.indexOf(event.target as HTMLInputElement);
  const next = index >= 0 ? inputs[index + 1] : undefined;
  if (next) next.focus();
  else insert();
});

function hideContent(): void {
  delete document.body.dataset.ready;
  replies = [];
  shown = [];
  search.value = '';
  list.replaceChildren();
  fieldsBox.replaceChildren();
  findingsList.replaceChildren();
  previewText.textContent = '';
  status.textContent = '';
}

function show(data: PickerShow): void {
  platform = data.platform;
  platformName = SITE_META[platform]?.name ?? '';
  author = data.author;
  presetId = data.replyId;
  myName = data.myName;
  // Everything in picker.css is in rem, so the whole picker follows the page's text size.
  document.documentElement.style.fontSize = `${data.fontSize}px`;
  for (const label of Object.keys(fieldValues)) delete fieldValues[label];
  hideContent();
  replies = pickerOrder(data.replies, data.crisis === true);
  shown = replies;
  const preset = presetId ? shown.findIndex((r) => r.id === presetId) : -1;
  select(Math.max(0, preset));
  // Opened by `;;shortcut` for a reply with fill-ins: straight to the first one.
  const firstField = fieldsBox.querySelector('input');
  if (preset >= 0 && firstField) firstField.focus();
  else search.focus();
  handedOn = 0;
  document.body.dataset.ready = 'true';
  // Keys typed into the hidden frame long before (in the moment after the last close) were not for this one.
  if (typedEarly && performance.now() - typedEarlyAt < EARLY_KEYS_MS)
    typeInto(preset >= 0 && firstField ? firstField : search, typedEarly, 0);
  typedEarly = '';
}

/**
 * Characters typed in this frame before its "show" arrived: the frame can get the keyboard first (the show
 * comes over this port, the go-ahead to show the frame over the content script's message), and show() clears
 * the search. They are kept and go in after it, behind anything the content script hands on.
 */
let typedEarly = '';
let typedEarlyAt = 0;
/** How long before a show its early keys may have been typed: longer than any open takes (bench: ~110 ms). */
const EARLY_KEYS_MS = 2_000;
document.addEventListener(
  'keydown',
  (event) => {
    if (!event.isTrusted || document.body.dataset.ready === 'true') return;
    if (!typedEarly) typedEarlyAt = performance.now();
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) typedEarly += event.key;
    else if (event.key === 'Backspace') typedEarly = typedEarly.slice(0, -1);
    else return;
    event.preventDefault();
  },
  { capture: true },
);

/** Puts `text` into `input` at `at`, keeping the caret after what it was after, as typing there would. */
function typeInto(input: HTMLInputElement, text: string, at: number): void {
  const caret = input.selectionStart ?? input.value.length;
  input.value = input.value.slice(0, at) + text + input.value.slice(at);
  const moved = caret >= at ? caret + text.length : caret;
  input.setSelectionRange(moved, moved);
  // The search filters and a fill-in updates the preview on input, as if the keys had been typed here.
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** How many characters the content script has handed on since the last show. */
let handedOn = 0;

/**
 * Keys the user typed after asking for the picker, before this frame had the keyboard, kept from the editor
 * by the content script. They all came before the keys typed here (the keyboard moves to the frame once), so
 * they go in front of those, after the ones handed on before.
 */
function typedBefore(text: string): void {
  // Late for a picker already closed: those keys were for it, not for the next one.
  if (document.body.dataset.ready !== 'true') return;
  const focused = document.activeElement;
  const input = focused instanceof HTMLInputElement ? focused : search;
  const at = Math.min(handedOn, input.value.length);
  handedOn = at + text.length;
  typeInto(input, text, at);
}

port.onMessage.addListener((raw: unknown) => {
  const message = PickerMessageSchema.safeParse(raw);
  if (!message.success) return;
  if (message.data.type === 'show') show(message.data);
  else typedBefore(message.data.text);
});
// Framed ahead of use: compile the check engine now (its first run costs ~100 ms), not when the user opens it.
requestIdleCallback(() => checkDraft('Warming up OnBrand’s checks.', { platform: 'x' }));

// The token is all the URL is trusted with, and only the background can tell whether it is good.
port.postMessage({ type: 'hello', token: location.hash.slice(1) });
