/*
 * A display name comes from the page and is chosen by the person being answered, so it can carry a message:
 * "Dana · DM evil.example for refunds" would make the brand publish a scammer's pointer. `{author.name}` gets
 * only what reads as a name: the text before the first separator, and nothing at all when that still holds
 * an address, a handle, a phone number or more than a name's length. Left out, the variable stays visible
 * in the reply (flagged in the picker) for the user to fill in, as when the page shows no name.
 */

/** Where a name ends and a tagline starts: "Dana · DM …", "Dana | Support", "Dana (refunds)", a new line. */
const SEPARATOR = /\s*(?:[·•|/\\:;,()[\]{}<>«»"“”]|\s[-–—]\s|\n)/u;
/** Something to visit or write to: a URL, a domain (evil.example), an @handle or a phone-like digit run. */
const CONTACT = /(?:[\p{L}\p{N}-]+\.[\p{L}]{2,}|@|\p{N}{3,}|https?:)/iu;
const MAX_LENGTH = 40;

export function publicDisplayName(raw: string | undefined): string | undefined {
  if (!raw || /^\s*[a-z][a-z\d+.-]*:\/\//iu.test(raw)) return undefined;
  const name = raw.split(SEPARATOR, 1)[0]?.replace(/\s+/gu, ' ').trim() ?? '';
  if (name === '' || name.length > MAX_LENGTH || CONTACT.test(name)) return undefined;
  return name;
}
