import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countDraft } from '@/utils/checks';
import { mastodonCountSettings } from '@/utils/sites/mastodon-instance-limits';

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
