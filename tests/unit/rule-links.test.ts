import { describe, expect, it } from 'vitest';
import { checkDraft, GuidelinesSchema } from '@/utils/checks';
import { httpUrl } from '@/utils/http-url';

const withLink = (link: string) => ({
  rules: [
    {
      kind: 'existence',
      id: 'no-synergy',
      message: 'Avoid “%s”.',
      severity: 'warning',
      tokens: ['synergy'],
      link,
    },
  ],
});

describe('rule links', () => {
  it.each([
    'javascript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
  ])('a pack whose rule links to %s is refused with a sentence saying why', (link) => {
    const parsed = GuidelinesSchema.safeParse(withLink(link));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('use a web address starting with https://');
  });

  it('an https link becomes the finding’s source', () => {
    const guidelines = GuidelinesSchema.parse(withLink('https://styleguide.example/words#synergy'));
    const [finding] = checkDraft('Real synergy.', { platform: 'x', guidelines });
    expect(finding?.source).toBe('https://styleguide.example/words#synergy');
    expect(httpUrl(finding?.source)?.href).toBe('https://styleguide.example/words#synergy');
  });

  it('a source stored before the schema was strict is never rendered as a link', () => {
    for (const source of ['javascript:alert(1)', 'data:text/html,hi', 'JAVASCRIPT:alert(1)', 'not a url'])
      expect(httpUrl(source)).toBeNull();
  });
});
