import type { Page } from '@playwright/test';
import { closedRoot } from './closed-shadow';
import { expect, serveFixture, test } from './extension';
import { userArrives } from './onbrand-started';
import { hasPickerFrame, model, pickerFrame, seedReplies } from './replies-helpers';

/*
 * What a site's own scripts can do to OnBrand on x.com's fixture: fake the user's keys, listen for and echo
 * OnBrand's messages, frame the picker themselves, restyle it. None of it may reveal the user's replies or
 * switch OnBrand off.
 */

test.use({ reuseBrowser: true });

test.beforeEach(async ({ context }) => {
  await serveFixture(context, 'https://x.com/home', 'x/home');
});

async function composer(page: Page) {
  await page.goto('https://x.com/home');
  const editor = page.getByTestId('tweetTextarea_0');
  await editor.click();
  await expect(page.locator('onbrand-badge')).toHaveCount(1);
  return editor;
}

test('a page script that writes ;;shortcut and fakes Space or Alt+Shift+R learns nothing and inserts nothing', async ({
  context,
  openExtensionPage,
}) => {
  await seedReplies(openExtensionPage, [{ title: 'Thanks', body: 'Our secret reply.', shortcut: 'thanks' }]);
  const page = await context.newPage();
  await composer(page);
  // The user's real keys work here (the replies are loaded).
  await page.keyboard.type(';;thanks');
  await page.keyboard.press('Space');
  await expect.poll(() => model(page)).toBe('Our secret reply. ');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect.poll(() => model(page)).toBe('');

  // The draft holds the guess (typed here; a page can also put it in); the page's script fakes the keys.
  await page.keyboard.type(';;thanks');
  const probe = await page.evaluate(() => {
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement;
    const key = (init: KeyboardEventInit) =>
      editor.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    return {
      space: key({ key: ' ', code: 'Space' }),
      tab: key({ key: 'Tab', code: 'Tab' }),
      picker: key({ key: 'R', code: 'KeyR', altKey: true, shiftKey: true }),
    };
  });
  // Not cancelled: dispatchEvent's answer does not tell the page that `thanks` is a shortcut.
  expect(probe).toEqual({ space: true, tab: true, picker: true });
  // Nothing happened, which the user's own Space then proves: it expands the shortcut once, from the text
  // as typed (had a fake key expanded it, no `;;thanks` would be left to expand).
  expect(await model(page)).toBe(';;thanks');
  await page.keyboard.press('Space');
  await expect.poll(() => model(page)).toBe('Our secret reply. ');
  expect(await hasPickerFrame(page)).toBe(false);
});

test("a page that echoes every message it sees can neither learn OnBrand's id nor switch it off", async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.addEventListener('message', (event) => {
      seen.push(JSON.stringify(event.data));
      // The echo WXT's content scripts take as "a newer copy of me started: stop".
      const type = (event.data as { type?: unknown })?.type;
      if (typeof type === 'string')
        document.dispatchEvent(new CustomEvent(type, { detail: { ...event.data, messageId: 'echo' } }));
    });
  });
  const editor = await composer(page);
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.join('\n'));
  expect(seen).not.toContain(extensionId);
  expect(seen).not.toContain('wxt');

  // The id is public (store listings show it), so the page can forge the event without being told.
  await page.evaluate((id) => {
    document.dispatchEvent(
      new CustomEvent(`${id}:x:wxt:content-script-started`, {
        detail: { contentScriptName: 'x', messageId: 'forged' },
      }),
    );
  }, extensionId);
  await editor.pressSequentially('Still checked');
  await expect(page.locator('onbrand-badge')).toHaveCount(1);
  await expect(page.locator('onbrand-badge')).toHaveAttribute('data-onbrand-count', /^\d+$/);
  await expect(page.locator('onbrand-badge')).toHaveAttribute('data-onbrand-state', /^(ok|warning|error)$/);
});

test('the picker opens in at most 150 ms at the page’s text size, survives page restyling, and shows nothing when framed without its token', async ({
  context,
  openExtensionPage,
  extensionId,
}) => {
  await seedReplies(openExtensionPage, [{ title: 'Private answer', body: 'Only for customers.' }]);
  const page = await context.newPage();
  await composer(page);
  // The page tries to hide, shrink and move OnBrand's picker host with its own CSS.
  await page.addStyleTag({
    content:
      'onbrand-reply-picker { display: none !important; opacity: 0 !important; width: 1px !important; }',
  });
  // The picker is prepared once the composer has focus, as it is by the time a user reaches for a shortcut:
  // its hidden frame is there and loaded.
  const pickerUrl = (frame: { url(): string }) => frame.url().includes('/reply-picker.html');
  await expect.poll(() => page.frames().some(pickerUrl)).toBe(true);
  await page.frames().find(pickerUrl)?.waitForLoadState('load');
  await page.evaluate(() => {
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.code === 'KeyR')
          (window as unknown as { __pressedAt: number }).__pressedAt =
            performance.timeOrigin + event.timeStamp;
      },
      { capture: true },
    );
  });
  // The prepared (hidden) picker is watched from before the key: the time it shows the replies is its own.
  const prepared = page.frames().find(pickerUrl);
  if (!prepared) throw new Error('the picker was not prepared ahead of use');
  /** Milliseconds from the key going down to the replies on screen, for one open; the picker is left open. */
  const openOnce = async () => {
    const shown = prepared.waitForFunction(
      () => document.body.dataset.ready === 'true' && performance.timeOrigin + performance.now(),
      undefined,
      { polling: 5 },
    );
    await page.keyboard.press('Alt+Shift+R');
    const shownAt = Number(await (await shown).jsonValue());
    const pressedAt = await page.evaluate(() => (window as unknown as { __pressedAt: number }).__pressedAt);
    return Math.round(shownAt - pressedAt);
  };
  // Three opens, the median judged: the machine running this is shared, one slow open is its noise.
  const times: number[] = [];
  for (let open = 0; open < 3; open++) {
    if (open > 0) {
      await page.keyboard.press('Escape');
      await expect.poll(() => hasPickerFrame(page)).toBe(false);
    }
    times.push(await openOnce());
  }
  const picker = await pickerFrame(page);
  expect(picker).toBe(prepared);
  const median = [...times].sort((a, b) => a - b)[1] ?? Number.NaN;
  console.log(
    `reply picker open time: ${times.join(', ')} ms (key down to replies shown); median ${median} ms`,
  );
  await expect(picker.getByRole('option')).toHaveText(['Private answer']);
  // Upper bound: the 5 ms poll only adds to it.
  expect(median).toBeLessThanOrEqual(150);

  // As large as the page's own text where the user writes (X's composer: 20 px, capped at 18 px).
  const [pickerSize, frameBox] = await Promise.all([
    picker.getByRole('combobox').evaluate((input) => Number.parseFloat(getComputedStyle(input).fontSize)),
    (await picker.frameElement()).boundingBox(),
  ]);
  expect(pickerSize).toBeGreaterThanOrEqual(14);
  expect(frameBox?.width).toBeGreaterThan(400);

  // Escape closes it without leaving the key waiting: press returns, and typing goes on in the composer.
  await page.keyboard.press('Escape');
  await expect.poll(() => hasPickerFrame(page)).toBe(false);
  await page.keyboard.type('ok');
  await expect.poll(() => model(page)).toBe('ok');

  // The page frames the picker itself, at its address and at the one OnBrand's own frame has (with a forged
  // token): Chromium refuses both (the page did not get the page from OnBrand), and nothing shows.
  const ownUrl = picker.url().split('#')[0] ?? '';
  for (const url of [
    `chrome-extension://${extensionId}/reply-picker.html`,
    `${ownUrl}#forged-token-0123456789abcdef0123456789`,
  ]) {
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, url);
  }
  await expect.poll(() => page.frames().length).toBe(4);
  const framedByPage = page.frames().filter((frame) => frame !== picker && frame !== page.mainFrame());
  for (const frame of framedByPage) {
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:|reply-picker\.html/);
    const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    expect(text).not.toContain('Private answer');
    expect(await frame.locator('[role="option"]').count()).toBe(0);
  }
});

test('a save button is as wide whether or not its post is in the research library', async ({ context }) => {
  await serveFixture(context, 'https://x.com/home', 'x/feed');
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await userArrives(page);
  const button = (id: string) => page.locator(`[data-fixture-post="${id}"] onbrand-save`);
  await button('1859000000000000001').click();
  await expect(button('1859000000000000001')).toHaveAttribute('data-onbrand-saved', 'true');
  // On the next load the page sees no click: only the button's look says the post was saved before.
  await page.reload();
  await userArrives(page);
  const posts = page.locator('onbrand-save[data-onbrand-kind="post"]');
  await expect(posts).not.toHaveCount(0);
  // The first post's button, read the way only the browser can (closed root): it knows the post is saved.
  await expect.poll(() => closedRoot(page, 'onbrand-save').text()).toBe('Saved to OnBrand');
  const widths = await posts.evaluateAll((hosts) => hosts.map((host) => host.getBoundingClientRect().width));
  expect(new Set(widths).size).toBe(1);
});

/**
 * Everything a page script can enumerate: the highlight registry (names and the text of each range), and
 * every text node, attribute and form value through the DOM and every open shadow root, outside the editor
 * (whose text is the page's own). The page hook contract on the badge host (`data-onbrand-count`,
 * `data-onbrand-state`, design.md "Page hooks") is left out: it is meant for the page.
 */
function whatThePageCanRead(page: Page): Promise<{ highlights: string[]; strings: string[] }> {
  return page.evaluate(() => {
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
    const highlights = [...CSS.highlights].flatMap(([name, highlight]) => [
      name,
      ...[...highlight].map((range) => (range as Range).toString()),
    ]);
    const strings: string[] = [];
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        if (editor?.contains(node)) continue;
        if (node instanceof Text) strings.push(node.data);
        if (!(node instanceof Element)) continue;
        for (const { name, value } of node.attributes) {
          const contract = node.localName === 'onbrand-badge' && /^data-onbrand-(count|state)$/.test(name);
          if (!contract) strings.push(value);
        }
        if (node instanceof HTMLElement && !node.contains(editor)) strings.push(node.innerText ?? '');
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    };
    visit(document);
    return { highlights, strings };
  });
}

test('a page script finds no flagged word, rule, severity or count in the highlight registry, the DOM or any shadow root', async ({
  context,
  openExtensionPage,
}) => {
  // The brand's rules hold an embargoed name: flagging it in the draft must not tell the page it is one.
  const dashboard = await openExtensionPage('options.html#/guidelines');
  await dashboard.getByRole('textbox', { name: 'New brand name' }).fill('Acme');
  await dashboard.getByRole('button', { name: 'Create brand' }).click();
  await dashboard.getByRole('button', { name: 'Add banned words rule' }).click();
  const form = dashboard.getByRole('form', { name: 'New rule: Banned words' });
  await form.getByLabel('Rule id').fill('embargo-nimbus');
  await form.getByLabel('Severity').selectOption('error');
  await form.getByLabel(/^Message shown/).fill('Embargoed until launch: "%s".');
  await form.getByLabel(/^Words or phrases/).fill('Nimbus');
  await form.getByRole('button', { name: 'Save rule' }).click();
  await expect(dashboard.locator('[data-rule-id="embargo-nimbus"]')).toBeVisible();

  const page = await context.newPage();
  const editor = await composer(page);
  const before = new Set((await whatThePageCanRead(page)).strings);
  // 300 characters: over X's 280, with the embargoed name in it.
  const draft = 'Tomorrow we launch Nimbus for everyone. '.repeat(8).slice(0, 300);
  await editor.pressSequentially(draft.slice(0, 40));
  await page.keyboard.insertText(draft.slice(40));
  await expect(page.locator('onbrand-badge')).toHaveAttribute('data-onbrand-state', 'error');
  await page.locator('onbrand-badge').click();
  await expect.poll(() => closedRoot(page, 'onbrand-panel').text()).toContain('Embargoed until launch');
  const readsNothing = async () => {
    const { highlights, strings } = await whatThePageCanRead(page);
    expect(highlights).toEqual([]);
    const added = strings.filter((text) => text.trim() && !before.has(text)).join('\n');
    expect(added).not.toMatch(/Nimbus|embargo|Embargoed/i);
    expect(added).not.toMatch(/\berror\b|\bwarning\b|problem/i);
    expect(added).not.toMatch(/\d+ \/ 280/);
  };
  await readsNothing();
  // The user does see the finding, its underline and the count...
  await expect
    .poll(() => closedRoot(page, 'onbrand-badge').textContent({ role: 'button' }))
    .toMatch(/^\d+ problems?300 \/ 280$/);
  await expect
    .poll(async () => (await closedRoot(page, 'onbrand-underlines').boxes({ css: '.error' })).length)
    .toBeGreaterThan(0);
  // ...and, drawn, they are still out of the page's reach.
  await readsNothing();
});
