import { type MessageKey, t } from '@/utils/i18n';

/** Who published a source, by name where we know the publisher; otherwise its host without "www.". */
const PUBLISHERS: Record<string, string> = {
  'ftc.gov': 'US Federal Trade Commission',
  'asa.org.uk': 'UK Advertising Standards Authority',
  'legifrance.gouv.fr': 'Légifrance',
  'uspto.gov': 'US Patent and Trademark Office',
  'ascionline.in': 'Advertising Standards Council of India',
  'lmsaar.de': 'Landesmedienanstalt Saarland',
  'vale.sh': 'Vale',
  'developers.facebook.com': 'Meta for Developers',
  'developers.google.com': 'Google for Developers',
  'eur-lex.europa.eu': 'EUR-Lex',
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

/** Publishers whose name is a description, said in the UI language ("Google-Hilfe"). */
const DESCRIBED: Record<string, MessageKey> = {
  'docs.joinmastodon.org': 'sourceMastodonDocs',
  'help.instagram.com': 'sourceInstagramHelp',
  'support.google.com': 'sourceGoogleHelp',
  'support.tiktok.com': 'sourceTikTokHelp',
  'commission.europa.eu': 'sourceEuropeanCommission',
  'ec.europa.eu': 'sourceEuropeanCommission',
};

export function sourceName(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  // GitHub hosts everyone's work: the repository says whose (a rule pack, twitter-text's config).
  const repository = url.pathname.split('/').slice(1, 3).join('/');
  if (host === 'github.com' && repository.includes('/')) return t('panelSourceGitHub', repository);
  const described = DESCRIBED[host];
  return described ? t(described) : (PUBLISHERS[host] ?? host);
}
