import { type CDPSession, expect, type Page } from '@playwright/test';

/**
 * What the user sees inside our closed shadow roots (badge, panel, underlines, fold marker, reply notice). Neither the
 * page's scripts nor Playwright's locators reach into a closed root; the DevTools protocol does: find the
 * root's node (`DOM.getDocument` with `pierce`), resolve it to a JS object and call a function on it
 * (`Runtime.callFunctionOn`). Reads are single snapshots, meant for `expect.poll`; `click` waits like a
 * Playwright action and then clicks with the real mouse.
 */

/**
 * An element as a user names it: its role and, optionally, its accessible name; or, for what has no role
 * (a finding's rule id), a CSS selector.
 */
export type Target = { role: keyof typeof ROLE_SELECTORS; name?: string | RegExp } | { css: string };

const ROLE_SELECTORS = {
  button: 'button',
  dialog: '[role="dialog"]',
  link: 'a[href]',
  listitem: 'li',
  region: 'section[aria-label], section[aria-labelledby]',
  status: '[role="status"]',
};

/** A target in a form that crosses to the page as JSON. */
interface SentTarget {
  selector: string;
  name?: string;
  pattern?: { source: string; flags: string };
}

interface DomNode {
  backendNodeId: number;
  localName?: string;
  shadowRootType?: 'user-agent' | 'open' | 'closed';
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const OBJECT_GROUP = 'onbrand-closed-shadow';
const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** The closed shadow root of the `index`th `<hostTag>` element in the page (one of ours), in document order. */
export function closedRoot(page: Page, hostTag: string, index = 0): ClosedShadowRoot {
  return new ClosedShadowRoot(page, hostTag, index);
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export class ClosedShadowRoot {
  constructor(
    private readonly page: Page,
    private readonly hostTag: string,
    private readonly index = 0,
  ) {}

  /** The text content of the first matching element (what a locator's `toHaveText` compares); null if none. */
  textContent(target: Target): Promise<string | null> {
    return this.call(function (this: ShadowRoot, sent: SentTarget) {
      const [element] = findAll(this, sent);
      return element ? (element.textContent ?? '') : null;
    }, target);
  }

  /** The viewport boxes of every matching element, in document order (empty when none). */
  async boxes(target: Target): Promise<Box[]> {
    return (
      (await this.call(function (this: ShadowRoot, sent: SentTarget) {
        return findAll(this, sent).map((element) => {
          const { left, top, width, height } = element.getBoundingClientRect();
          return { left, top, width, height };
        });
      }, target)) ?? []
    );
  }

  /**
   * Runs `fn` in the page with the root as `this` and waits for what it returns (a timing measured inside
   * the page, where no round trip to the test adds to it).
   */
  evaluate<R, A extends unknown[]>(
    fn: (this: ShadowRoot, target: null, ...args: A) => R | Promise<R>,
    ...args: A
  ) {
    return this.call(
      fn as unknown as (this: ShadowRoot, target: SentTarget, ...args: A) => R,
      undefined,
      ...args,
    );
  }

  /** The text the user sees (`innerText`) of the whole root or of the first matching element; null if none. */
  text(target?: Target): Promise<string | null> {
    return this.call(function (this: ShadowRoot, sent: SentTarget | null) {
      if (!sent) {
        const shown = [...this.children].filter((child) => child.localName !== 'style');
        return shown.map((child) => (child as HTMLElement).innerText).join('\n');
      }
      const [element] = findAll(this, sent);
      return element ? (element as HTMLElement).innerText : null;
    }, target);
  }

  /** The text of the element holding focus inside the root (a finding card, a button); null when none does. */
  focusedText(): Promise<string | null> {
    return this.call(function (this: ShadowRoot) {
      const active = this.activeElement as HTMLElement | null;
      return active ? active.innerText : null;
    }, undefined);
  }

  /** How many elements match (0 when the host or its root is not in the page). */
  async count(target: Target): Promise<number> {
    return (
      (await this.call(function (this: ShadowRoot, sent: SentTarget) {
        return findAll(this, sent).length;
      }, target)) ?? 0
    );
  }

  /** An attribute of the first matching element; null when it or the element is missing. */
  attribute(target: Target, name: string): Promise<string | null> {
    return this.call(
      function (this: ShadowRoot, sent: SentTarget, attribute: string) {
        return findAll(this, sent)[0]?.getAttribute(attribute) ?? null;
      },
      target,
      name,
    );
  }

  /** A computed style of the first matching element, as the browser applied it. */
  css(target: Target, property: string): Promise<string | null> {
    return this.call(
      function (this: ShadowRoot, sent: SentTarget, name: string) {
        const [element] = findAll(this, sent);
        return element ? getComputedStyle(element).getPropertyValue(name) : null;
      },
      target,
      property,
    );
  }

  /**
   * Clicks the first matching element with the mouse, as a user would (focus moves as it would), once it is
   * there, enabled, scrolled into view and the topmost thing at its middle: polled, like Playwright's own actions.
   */
  async click(target: Target): Promise<void> {
    let point: { x: number; y: number } | null = null;
    await expect
      .poll(
        async () => {
          point = await this.call(function (this: ShadowRoot, sent: SentTarget) {
            const [element] = findAll(this, sent);
            if (!element || (element as HTMLButtonElement).disabled) return null;
            // Scrolled to, as the user scrolls a panel cut to the room it has (and as Playwright's own click does).
            element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            const box = element.getBoundingClientRect();
            const x = box.left + box.width / 2;
            const y = box.top + box.height / 2;
            const hit = this.elementFromPoint(x, y);
            return box.width > 0 && hit && element.contains(hit) ? { x, y } : null;
          }, target);
          return point !== null;
        },
        { message: `a clickable ${describe(target)} in <${this.hostTag}>'s closed root` },
      )
      .toBe(true);
    const { x, y } = point as unknown as { x: number; y: number };
    await this.page.mouse.click(x, y);
  }

  /** Calls `fn` with the root as `this`, in the page; null when no `<hostTag>` has a closed root. */
  private async call<R, A extends unknown[]>(
    fn: (this: ShadowRoot, target: SentTarget, ...args: A) => R,
    target: Target | undefined,
    ...args: A
  ): Promise<R | null> {
    const cdp = await session(this.page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as {
      root: DomNode;
    };
    const shadow = findClosedRoots(root, this.hostTag)[this.index];
    if (!shadow) return null;
    try {
      const { object } = await cdp.send('DOM.resolveNode', {
        backendNodeId: shadow.backendNodeId,
        objectGroup: OBJECT_GROUP,
      });
      if (!object.objectId) return null;
      // The finder goes along as source: the function runs in the page, where nothing of this file exists.
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        functionDeclaration: `function (target, ...args) {
          const findAll = ${findAll.toString()};
          return (${fn.toString()}).call(this, target, ...args);
        }`,
        objectId: object.objectId,
        arguments: [{ value: target ? send(target) : null }, ...args.map((value) => ({ value }))],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return (result.value ?? null) as R | null;
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP });
    }
  }
}

/** Runs in the page: the elements of the root matching a target, in document order. */
function findAll(root: ShadowRoot, target: SentTarget): Element[] {
  const nameOf = (element: Element) => {
    const label = element.getAttribute('aria-label');
    if (label) return label;
    const ids = element.getAttribute('aria-labelledby');
    if (ids)
      return ids
        .split(' ')
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' ');
    return (element.textContent ?? '').trim();
  };
  return [...root.querySelectorAll(target.selector)].filter((element) => {
    const name = nameOf(element).trim();
    if (target.pattern) return new RegExp(target.pattern.source, target.pattern.flags).test(name);
    return target.name === undefined || name === target.name;
  });
}

function send(target: Target): SentTarget {
  if ('css' in target) return { selector: target.css };
  const { role, name } = target;
  const selector = ROLE_SELECTORS[role];
  if (name instanceof RegExp) return { selector, pattern: { source: name.source, flags: name.flags } };
  return { selector, name };
}

function describe(target: Target): string {
  if ('css' in target) return target.css;
  return target.name === undefined ? target.role : `${target.role} named ${String(target.name)}`;
}

function findClosedRoots(node: DomNode, hostTag: string, found: DomNode[] = []): DomNode[] {
  for (const shadow of node.shadowRoots ?? []) {
    if (node.localName === hostTag && shadow.shadowRootType === 'closed') found.push(shadow);
    findClosedRoots(shadow, hostTag, found);
  }
  for (const child of node.children ?? []) findClosedRoots(child, hostTag, found);
  return found;
}

/** One DevTools session per page, opened on first use; it closes with the page. */
function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

/**
 * Every string the page's own scripts can reach: the rendered text, and each text node, attribute and form
 * value, through every open shadow root too. What a closed root holds must not be in it.
 */
export function textReadableByPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const found: string[] = [document.documentElement.innerText];
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        if (node instanceof Text) found.push(node.data);
        if (!(node instanceof Element)) continue;
        for (const attribute of node.attributes) found.push(attribute.value);
        if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) found.push(node.value);
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    };
    visit(document);
    return found.join('\n');
  });
}

/** The summary the `index`th badge's button gives assistive technology ("OnBrand: 37 / 280 characters, …"). */
export function badgeLabel(page: Page, index = 0): Promise<string | null> {
  return closedRoot(page, 'onbrand-badge', index).attribute({ role: 'button' }, 'aria-label');
}

/** What the `index`th badge's button says ("1 problem300 / 280": its words and its count, as text content). */
export function badgeText(page: Page, index = 0): Promise<string | null> {
  return closedRoot(page, 'onbrand-badge', index).textContent({ role: 'button' });
}
