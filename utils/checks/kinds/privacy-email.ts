import type { Check } from '../context';
import { isOwnContact, privacyFinding } from '../privacy';
import { chunksWith } from '../text';
import type { Finding } from '../types';

// Not after "@" or another address character: Mastodon's @user@instance.social is a public handle, and
// starting inside an address would flag its tail again.
const EMAIL =
  /(?<![\p{L}\p{N}._%+@-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,24}(?![\p{L}\p{N}@-])/gu;

/** An e-mail address in a public post, other than the brand's own support addresses. */
export const privacyEmail: Check = (draft) => {
  const findings: Finding[] = [];
  // An address holds no whitespace and its edges stop at whitespace, so only the chunks around an "@" can
  // hold one, and each is searched as if the text around it were there.
  for (const chunk of chunksWith(draft.text, '@')) {
    const text = draft.text.slice(chunk.start, chunk.end);
    for (const match of text.matchAll(EMAIL)) {
      if (isOwnContact(draft, 'email', match[0])) continue;
      const start = chunk.start + match.index;
      findings.push(
        privacyFinding(
          draft,
          'privacy-email',
          { start, end: start + match[0].length },
          'error',
          'An e-mail address',
        ),
      );
    }
  }
  return findings;
};
