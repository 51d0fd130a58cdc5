import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import german from '@/public/_locales/de/messages.json';
import { messagesSentAtLoad, SENT_AT_LOAD, t, takeSentMessages } from '@/utils/i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** chrome.i18n.getMessage as Chrome resolves a catalogue entry: named placeholders to their `$n` content. */
function getMessageFrom(catalogue: Record<string, Entry>) {
  return (key: string, substitutions: string[] = []) => {
    const entry = catalogue[key];
    if (!entry) return '';
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
    });
  };
}

describe('the badge words the background sends with site.status', () => {
  beforeEach(() => fakeBrowser.reset());

  it('read in the page as the page would have read them, substitutions in place', () => {
    const getMessage = getMessageFrom(german as Record<string, Entry>);
    fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
    const sent = messagesSentAtLoad();
    expect(Object.keys(sent)).toEqual([...SENT_AT_LOAD]);

    // The page's side: no catalogue reachable; only what was sent answers.
    fakeBrowser.i18n.getMessage = (() => {
      throw new Error('the catalogue was read in the page');
    }) as typeof fakeBrowser.i18n.getMessage;
    takeSentMessages(sent);
    expect(t('badgeLabel', '0 / 280', t('badgeNoProblemsLower'))).toBe(
      getMessage('badgeLabel', ['0 / 280', getMessage('badgeNoProblemsLower')]),
    );
    expect(t('badgeNoProblems')).toBe(getMessage('badgeNoProblems'));
    expect(t('badgeLabel', '0 / 280', 'x')).toBe('OnBrand: 0 / 280 Zeichen, x');
  });
});
