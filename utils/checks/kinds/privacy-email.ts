import type { Check } from '../context';
import { isOwnContact, privacyFinding } from '../privacy';
import type { Finding } from '../types';

// Not after "@" or another address character: Mastodon's @user@instance.social is a public handle, and
// starting inside an address would flag its tail again.
const EMAIL =
  /(?<![\p{L}\p{N}._%+@-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,24}(?![\p{L}\p{N}@-])/gu;

/** An e-mail address in a public post, other than the brand's own support addresses. */
export const privacyEmail: Check = (draft) => {
  if (!draft.text.includes('@')) return [];
  const findings: Finding[] = [];
  for (const match of draft.text.matchAll(EMAIL)) {
    if (isOwnContact(draft, 'email', match[0])) continue;
    findings.push(
      privacyFinding(
        draft,
        'privacy-email',
        { start: match.index, end: match.index + match[0].length },
        'error',
        'An e-mail address',
      ),
    );
  }
  return findings;
};
