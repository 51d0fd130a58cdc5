import { describe, expect, it } from 'vitest';
import { expandTemplate, fillInLabels, parseTemplate, unknownPlaceholders } from '@/utils/replies/template';

const now = new Date('2026-11-23T12:00:00Z');
const context = {
  author: { name: 'Dana Fan', handle: '@danafan' },
  myName: 'Sam from Acme',
  now,
  locale: 'en-US',
};

describe('expandTemplate', () => {
  it('fills every known variable and keeps the text around them, line breaks included', () => {
    const { text, cursor, unresolved } = expandTemplate(
      'Hi {author.name} ({author.handle}),\n\nthanks! — {my.name}, {date}',
      context,
    );
    expect(text).toBe('Hi Dana Fan (@danafan),\n\nthanks! — Sam from Acme, November 23, 2026');
    expect(cursor).toBeNull();
    expect(unresolved).toEqual([]);
  });

  it('accepts variable names in any case and with spaces inside the braces', () => {
    expect(expandTemplate('Hi { Author.Name }', context).text).toBe('Hi Dana Fan');
  });

  it('keeps an unknown variable visible, exactly as written, and reports where it is in the result', () => {
    const { text, unresolved } = expandTemplate('Hi {author.nmae}, see {link}.', context);
    expect(text).toBe('Hi {author.nmae}, see {link}.');
    expect(unresolved).toEqual([
      { raw: '{author.nmae}', reason: 'unknown', start: 3, end: 16 },
      { raw: '{link}', reason: 'unknown', start: 22, end: 28 },
    ]);
    for (const item of unresolved) expect(text.slice(item.start, item.end)).toBe(item.raw);
  });

  it('keeps a known variable with no value visible and reports it as missing', () => {
    const { text, unresolved } = expandTemplate('Hi {author.name}, {my.name} here', { now });
    expect(text).toBe('Hi {author.name}, {my.name} here');
    expect(unresolved.map((item) => [item.raw, item.reason])).toEqual([
      ['{author.name}', 'missing'],
      ['{my.name}', 'missing'],
    ]);
  });

  it('puts the caret at the first {cursor}, which inserts nothing', () => {
    const { text, cursor } = expandTemplate('Your order {cursor}is on its way.{cursor}', context);
    expect(text).toBe('Your order is on its way.');
    expect(cursor).toBe('Your order '.length);
  });

  it('measures the caret in UTF-16 units after the expanded values, not the template', () => {
    const { text, cursor } = expandTemplate('👋 {author.name}: {cursor}', context);
    expect(cursor).toBe(text.length);
    expect(text.slice(0, cursor ?? 0)).toBe('👋 Dana Fan: ');
  });

  it('fills fill-ins by label, the same label in both places, and keeps an empty one visible', () => {
    const template =
      'Order {field:Order number} ships {field: Date }. Ref {field:Order number}. {field:Note}';
    expect(fillInLabels(template)).toEqual(['Order number', 'Date', 'Note']);
    const { text, unresolved } = expandTemplate(template, {
      ...context,
      fields: { 'Order number': 'A-1009', Date: 'Friday', Note: '' },
    });
    expect(text).toBe('Order A-1009 ships Friday. Ref A-1009. {field:Note}');
    expect(unresolved).toEqual([{ raw: '{field:Note}', reason: 'missing', start: 39, end: 51 }]);
  });

  it('leaves brace runs that cannot be placeholders alone: empty, multi-line or nested', () => {
    const template = 'a {} b {\n} c {{x}';
    expect(parseTemplate(template).filter((part) => part.kind !== 'text')).toEqual([
      { kind: 'unknown', raw: '{x}', start: 14, end: 17 },
    ]);
    expect(expandTemplate(template, context).text).toBe(template);
  });

  it('lists unknown placeholders with their offsets in the template, for the editor to flag', () => {
    expect(unknownPlaceholders('Hi {author.name} {field:} {lnk}')).toEqual([
      { kind: 'unknown', raw: '{field:}', start: 17, end: 25 },
      { kind: 'unknown', raw: '{lnk}', start: 26, end: 31 },
    ]);
  });
});
