import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/utils/checks';
import { utmValue, withUtm } from '@/utils/checks/utm';

const all = { domains: [] as string[] };

describe('UTM tags added to a link', () => {
  it.each([
    [
      'https://acme.example/spring',
      'https://acme.example/spring?utm_source=linkedin&utm_medium=social&utm_campaign=spring-drop',
    ],
    [
      'https://acme.example',
      'https://acme.example/?utm_source=linkedin&utm_medium=social&utm_campaign=spring-drop',
    ],
    ['acme.example', 'acme.example/?utm_source=linkedin&utm_medium=social&utm_campaign=spring-drop'],
    // Parameters already there keep their order and their encoding; a fragment stays last.
    [
      'https://acme.example/s?q=a%20b&size=m',
      'https://acme.example/s?q=a%20b&size=m&utm_source=linkedin&utm_medium=social&utm_campaign=spring-drop',
    ],
    [
      'https://acme.example/s?',
      'https://acme.example/s?utm_source=linkedin&utm_medium=social&utm_campaign=spring-drop',
    ],
    [
      'https://acme.example/s#sizes',
      'https://acme.example/s?utm_source=linkedin&utm_medium=social&utm_campaign=spring-drop#sizes',
    ],
  ])('%s', (link, tagged) => {
    expect(withUtm(link, 'linkedin', { ...all, campaign: 'Spring Drop' })).toBe(tagged);
  });

  it('leaves alone a link that names its source, points at a platform, or at a host the brand does not tag', () => {
    expect(withUtm('https://acme.example/?utm_source=news', 'x', all)).toBeUndefined();
    expect(withUtm('https://www.instagram.com/acme', 'x', all)).toBeUndefined();
    expect(withUtm('https://youtu.be/abc', 'x', all)).toBeUndefined();
    expect(withUtm('https://other.example/', 'x', { domains: ['acme.example'] })).toBeUndefined();
    expect(withUtm('https://shop.acme.example/', 'x', { domains: ['acme.example'] })).toBe(
      'https://shop.acme.example/?utm_source=x&utm_medium=social',
    );
    expect(withUtm('mailto:hi@acme.example', 'x', all)).toBeUndefined();
  });

  it('writes campaign and content as analytics tools group them best', () => {
    expect(utmValue('  Frühling 2026: Drop! ')).toBe('frühling-2026-drop');
    expect(withUtm('https://acme.example/a', 'x', { ...all, campaign: 'Frühling', content: 'Post 2' })).toBe(
      'https://acme.example/a?utm_source=x&utm_medium=social&utm_campaign=fr%C3%BChling&utm_content=post-2',
    );
  });
});

describe('the link-utm check', () => {
  const draft =
    'New in: linen shirts https://acme.example/linen and our story at https://www.instagram.com/acme';

  it('flags each untagged link of the brand, with the tagged link as its fix', () => {
    const findings = checkDraft(draft, { platform: 'x', utm: { campaign: 'Spring', domains: [] } }).filter(
      (finding) => finding.ruleId === 'link-utm',
    );
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(draft.slice(finding?.start, finding?.end)).toBe('https://acme.example/linen');
    expect(finding?.suggestions).toEqual([
      'https://acme.example/linen?utm_source=x&utm_medium=social&utm_campaign=spring',
    ]);
  });

  it('says nothing where the brand does not tag its links', () => {
    expect(checkDraft(draft, { platform: 'x' }).filter((finding) => finding.ruleId === 'link-utm')).toEqual(
      [],
    );
  });
});
