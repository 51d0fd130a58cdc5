import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { countDraft } from '@/utils/checks';
import {
  fetchMastodonCountSettings,
  INSTANCE_API_TIMEOUT_MS,
  mastodonCountSettings,
} from '@/utils/sites/mastodon-instance-limits';

const page = (state: string) =>
  parseHTML(`<html><body><script id="initial-state" type="application/json">${state}</script></body></html>`)
    .document as unknown as Document;

describe("a Mastodon instance's own limits, from the state its web app embeds in the page", () => {
  it('reads max_toot_chars (glitch-soc and its flavours)', () => {
    expect(mastodonCountSettings(page('{"meta":{},"max_toot_chars":1000}'))).toEqual({ limit: 1000 });
  });

  it("reads an instance entity's configuration.statuses, link weight included", () => {
    const state = {
      server: { configuration: { statuses: { max_characters: 5000, characters_reserved_per_url: 30 } } },
    };
    const settings = mastodonCountSettings(page(JSON.stringify(state)));
    expect(settings).toEqual({ limit: 5000, urlWeight: 30 });
    expect(countDraft('see https://example.com/a', 'mastodon', settings)).toMatchObject({
      count: 34,
      limit: 5000,
    });
  });

  it.each([
    ['no state', '<html></html>'],
    ['broken JSON', '{"max_toot_chars":'],
    ['a string', '{"max_toot_chars":"1000"}'],
    ['zero', '{"max_toot_chars":0}'],
    ['a fraction', '{"max_toot_chars":10.5}'],
    ['absurdly large', '{"max_toot_chars":1e12}'],
  ])('falls back to the default (500) on %s', (_name, state) => {
    const settings = mastodonCountSettings(
      state.startsWith('<') ? (parseHTML(state).document as unknown as Document) : page(state),
    );
    expect(settings).toEqual({});
    expect(countDraft('hi', 'mastodon', settings).limit).toBe(500);
  });
});

describe("a Mastodon instance's own limits, from its /api/v2/instance", () => {
  const answer = (body: string, status = 200) =>
    vi.fn(
      async (_url: URL) => new Response(body, { status, headers: { 'content-type': 'application/json' } }),
    );
  let host = 0;
  // The answer is kept per origin for the content script's life: each case asks a host of its own.
  const origin = () => {
    host += 1;
    return `https://instance${host}.example`;
  };

  it('reads configuration.statuses from the instance entity, once per host', async () => {
    const fetch = answer(
      JSON.stringify({
        configuration: { statuses: { max_characters: 1000, characters_reserved_per_url: 23 } },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    const at = origin();
    expect(await fetchMastodonCountSettings(at)).toEqual({ limit: 1000, urlWeight: 23 });
    expect(await fetchMastodonCountSettings(at)).toEqual({ limit: 1000, urlWeight: 23 });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]?.[0])).toBe(`${at}/api/v2/instance`);
  });

  it.each([
    ['a 404', answer('Not found', 404)],
    ['not JSON', answer('<html>')],
    ['a limit that is a string', answer('{"configuration":{"statuses":{"max_characters":"1000"}}}')],
    ['a negative limit', answer('{"configuration":{"statuses":{"max_characters":-5}}}')],
    ['a limit in a different place', answer('{"max_characters":1000}')],
    [
      'a network error',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ],
  ])('keeps the defaults on %s', async (_name, fetch) => {
    vi.stubGlobal('fetch', fetch);
    expect(await fetchMastodonCountSettings(origin())).toEqual({});
  });

  it('gives up after its timeout', async () => {
    const fetch = vi.fn(
      (_url: URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    );
    vi.stubGlobal('fetch', fetch);
    vi.useFakeTimers();
    const settings = fetchMastodonCountSettings(origin());
    await vi.advanceTimersByTimeAsync(INSTANCE_API_TIMEOUT_MS);
    vi.useRealTimers();
    expect(await settings).toEqual({});
  });
});

describe("Mastodon's content warning counts toward the post's limit", () => {
  it('adds the warning’s graphemes, as typed, to the text’s count', () => {
    // A link in the warning is not shortened to 23: the server joins the spoiler text as it is.
    const warning = 'CW: https://example.com/a-long-spoiler-path 👨‍👩‍👧';
    expect(countDraft('hello', 'mastodon', { contentWarning: warning })).toEqual({
      count: [...new Intl.Segmenter().segment(warning)].length + 5,
      limit: 500,
      overflowAt: null,
    });
  });

  it('leaves the text less room: the overflow moves to where warning and text pass the limit', () => {
    const text = 'a'.repeat(500);
    expect(countDraft(text, 'mastodon', { contentWarning: 'w'.repeat(10) })).toMatchObject({
      count: 510,
      overflowAt: 490,
    });
    expect(countDraft('', 'mastodon', { contentWarning: 'w'.repeat(501) })).toMatchObject({
      count: 501,
      overflowAt: 0,
    });
  });
});
