import { describe, expect, it } from 'vitest';
import { checkDraft, countDraft } from '@/utils/checks';
import { CLIENT_CASES, CLIENT_ONLY, FUNKY_DOMAINS, SERVER_CASES } from './cases';

const graphemes = (text: string) =>
  [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;
const lengthFinding = (text: string) =>
  checkDraft(text, { platform: 'mastodon' }).find((finding) => finding.ruleId === 'platform-length');

describe("Mastodon's StatusLengthValidator spec, on a 500-character instance", () => {
  it.each(SERVER_CASES.map((test) => [test.name, test] as const))('%s', (_name, { text, accepted }) => {
    const { count, limit } = countDraft(text, 'mastodon');
    expect(limit).toBe(500);
    expect(count <= limit).toBe(accepted);
    expect(lengthFinding(text) === undefined).toBe(accepted);
  });
});

describe("Mastodon's web composer counter (countableText), where the server counts the same", () => {
  it.each(CLIENT_CASES)('%s', (_name, input, countable) => {
    expect(countDraft(input, 'mastodon').count).toBe(graphemes(countable));
  });

  it.each(CLIENT_ONLY)('%s: counted as the server does', (_name, input, serverCountable) => {
    expect(countDraft(input, 'mastodon').count).toBe(graphemes(serverCountable));
  });
});

// Ruby's [[:word:]] in Account::MENTION_RE: letters, marks, decimal digits, connector punctuation.
const SERVER_HOST = /^[\p{L}\p{M}\p{Nd}\p{Pc}.-]+$/u;

describe('remote mentions on the universal-acceptance domains', () => {
  const [plain, broken] = [
    FUNKY_DOMAINS.filter((d) => SERVER_HOST.test(d)),
    FUNKY_DOMAINS.filter((d) => !SERVER_HOST.test(d)),
  ];

  it.each(plain)('strips the host of a remote mention @info@%s', (domain) => {
    expect(countDraft(`@info@${domain}`, 'mastodon').count).toBe(5);
  });

  it.each(broken)('@info@%s: the server stops the host at its first non-word character', (domain) => {
    const stop = domain.search(/[^\p{L}\p{M}\p{Nd}\p{Pc}.-]/u);
    expect(countDraft(`@info@${domain}`, 'mastodon').count).toBe(5 + graphemes(domain.slice(stop)));
  });

  it.each(FUNKY_DOMAINS)(
    'a bare %s is counted whole: the server shortens only links with a scheme',
    (domain) => {
      expect(countDraft(`look ${domain} here`, 'mastodon').count).toBe(graphemes(`look ${domain} here`));
    },
  );
});
