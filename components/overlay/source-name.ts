import { t } from '@/utils/i18n';

/** Who published a source, by name where we know the publisher; otherwise its host without "www.". */
const PUBLISHERS: Record<string, string> = {
  'ftc.gov': 'US Federal Trade Commission',
  'asa.org.uk': 'UK Advertising Standards Authority',
  'legifrance.gouv.fr': 'Légifrance',
  'uspto.gov': 'US Patent and Trademark Office',
  'ascionline.in': 'Advertising Standards Council of India',
  'lmsaar.de': 'Landesmedienanstalt Saarland',
  'vale.sh': 'Vale',
  'docs.joinmastodon.org': 'Mastodon documentation',
  'help.instagram.com': 'Instagram Help Centre',
  'developers.facebook.com': 'Meta for Developers',
  'support.google.com': 'Google Help',
  'developers.google.com': 'Google for Developers',
  'support.tiktok.com': 'TikTok Help Centre',
  'eur-lex.europa.eu': 'EUR-Lex',
  'commission.europa.eu': 'European Commission',
  'ec.europa.eu': 'European Commission',
  'die-medienanstalten.de': 'Die Medienanstalten',
  'bundesgerichtshof.de': 'Bundesgerichtshof',
  'ecfr.gov': 'US Code of Federal Regulations (eCFR)',
  'arpp.org': 'ARPP',
  'rfc-editor.org': 'RFC Editor',
  'pcisecuritystandards.org': 'PCI Security Standards Council',
  'adlaw.lewissilkin.com': 'Lewis Silkin',
  'facebook.com': 'Facebook',
  'mardenkane.com': 'Marden-Kane',
  'nausocial.medium.com': 'Nau Social (Medium)',
  'docs.upload-post.com': 'Upload-Post',
  'napoleoncat.com': 'NapoleonCat',
  'lettercounter.org': 'LetterCounter',
  'bulkpublish.com': 'BulkPublish',
  'postly.ai': 'Postly',
  'web-3-apps.com': 'Web-3-Apps',
  'izea.com': 'IZEA',
  'charactercounter.com': 'CharacterCounter',
  'developers.buffer.com': 'Buffer for Developers',
  'socialmediatoday.com': 'Social Media Today',
  'ayrshare.com': 'Ayrshare',
};

/** Whether `url`'s publisher is known by name (a host shown as itself is for links nobody here chose). */
export function hasPublisherName(url: URL): boolean {
  return sourceName(url) !== url.hostname.replace(/^www\./, '');
}

export function sourceName(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  // GitHub hosts everyone's work: the repository says whose (a rule pack, twitter-text's config).
  const repository = url.pathname.split('/').slice(1, 3).join('/');
  if (host === 'github.com' && repository.includes('/')) return t('panelSourceGitHub', repository);
  return PUBLISHERS[host] ?? host;
}
