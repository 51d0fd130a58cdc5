import { describe, expect, it } from 'vitest';
import type { InsertResult } from '@/utils/editors/insert';
import { type DueDraftActions, DueDraftOffer } from '@/utils/features/due-draft';

const entry = { id: 'e1', title: 'Launch thread', at: 0, platform: 'x', text: 'We launch today #ad' };

/** A composer and a background that answer as told, and record what they were asked. */
function fakes(options: {
  due?: typeof entry | null;
  markFails?: string;
  editor?: string;
  /** The editor refuses the insertion. */
  stale?: boolean;
}) {
  let editorText = options.editor ?? '';
  const sent: { type: string; payload: unknown }[] = [];
  const replaced: [number, number, string, string][] = [];
  const actions: DueDraftActions = {
    send: (async (type: string, payload: unknown) => {
      sent.push({ type, payload });
      if (type === 'calendar.dueDraft') return { ok: true, data: { entry: options.due ?? null } };
      if (type === 'calendar.markPublished') {
        return options.markFails
          ? { ok: false, error: options.markFails }
          : { ok: true, data: { id: 'e1', status: 'published', publishedAt: 1 } };
      }
      return { ok: false, error: 'unexpected' };
    }) as DueDraftActions['send'],
    read: () => editorText,
    replace: async (start, end, text, expectedText): Promise<InsertResult> => {
      replaced.push([start, end, text, expectedText]);
      if (options.stale || editorText !== expectedText)
        return { status: 'stale', text: editorText } as InsertResult;
      editorText = editorText.slice(0, start) + text + editorText.slice(end);
      return { status: 'done', text: editorText } as InsertResult;
    },
  };
  /** The page's watch for the link of the post sent next: the test plays the site showing it. */
  const watch = { started: 0, stopped: 0, show: (_link: string) => {} };
  actions.watchPublished = (onLink) => {
    watch.started++;
    watch.show = onLink;
    return { stopUnlessSent: () => void watch.stopped++ };
  };
  return { actions, sent, replaced, watch, editorText: () => editorText };
}

describe("the calendar's due draft, offered in a composer", () => {
  it('asks the calendar for this platform and offers the entry by its title', async () => {
    const world = fakes({ due: entry });
    const offer = new DueDraftOffer('x', world.actions);
    expect(await offer.load()).toBe(true);
    expect(world.sent).toEqual([{ type: 'calendar.dueDraft', payload: { platform: 'x' } }]);
    expect(offer.view).toEqual({ title: 'Launch thread', published: false, linked: false });
  });

  it('Insert replaces what the composer holds with the planned draft, through the editor', async () => {
    const world = fakes({ due: entry, editor: 'What is happening?!' });
    const offer = new DueDraftOffer('x', world.actions);
    await offer.load();
    expect((await offer.insert())?.status).toBe('done');
    expect(world.replaced).toEqual([[0, 19, 'We launch today #ad', 'What is happening?!']]);
    expect(world.editorText()).toBe('We launch today #ad');
  });

  it('Mark published tells the calendar, and the offer then says it is published', async () => {
    const world = fakes({ due: entry });
    const offer = new DueDraftOffer('x', world.actions);
    await offer.load();
    expect(await offer.markPublished()).toBeNull();
    expect(world.sent.at(-1)).toEqual({ type: 'calendar.markPublished', payload: { id: 'e1' } });
    expect(offer.view).toEqual({ title: 'Launch thread', published: true, linked: false });
  });

  it('once its draft is in the composer, the link the site shows for the sent post marks the entry published with it', async () => {
    const world = fakes({ due: entry });
    const offer = new DueDraftOffer('x', world.actions);
    const told: (string | null)[] = [];
    offer.onPublishedLink = (error) => told.push(error);
    await offer.load();
    expect(world.watch.started).toBe(0);
    await offer.insert();
    await offer.insert();
    expect(world.watch.started).toBe(1);

    world.watch.show('https://x.com/acme/status/1866000000000000001');
    await expect.poll(() => told).toEqual([null]);
    expect(world.sent.at(-1)).toEqual({
      type: 'calendar.markPublished',
      payload: { id: 'e1', link: 'https://x.com/acme/status/1866000000000000001' },
    });
    expect(offer.view).toEqual({ title: 'Launch thread', published: true, linked: true });
  });

  it('watches for no sent post while the draft is not in the composer, and stops with the composer', async () => {
    const world = fakes({ due: entry, stale: true });
    const offer = new DueDraftOffer('x', world.actions);
    await offer.load();
    expect((await offer.insert())?.status).toBe('stale');
    expect(world.watch.started).toBe(0);

    const inserted = fakes({ due: entry });
    const shown = new DueDraftOffer('x', inserted.actions);
    await shown.load();
    await shown.insert();
    shown.stop();
    expect(inserted.watch.stopped).toBe(1);
  });

  it('a refused mark keeps the entry unpublished and gives the reason to show', async () => {
    const world = fakes({ due: entry, markFails: 'The calendar entry no longer exists.' });
    const offer = new DueDraftOffer('x', world.actions);
    await offer.load();
    expect(await offer.markPublished()).toBe('The calendar entry no longer exists.');
    expect(offer.view?.published).toBe(false);
  });

  it('with nothing due there is no offer, and Insert touches nothing', async () => {
    const world = fakes({ due: null, editor: 'my own draft' });
    const offer = new DueDraftOffer('x', world.actions);
    expect(await offer.load()).toBe(false);
    expect(offer.view).toBeNull();
    expect(await offer.insert()).toBeUndefined();
    expect(await offer.markPublished()).toBeNull();
    expect(world.replaced).toEqual([]);
    expect(world.editorText()).toBe('my own draft');
  });
});
