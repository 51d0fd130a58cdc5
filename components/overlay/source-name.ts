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
};

export function sourceName(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  // GitHub hosts everyone's work: the repository says whose (a rule pack, twitter-text's config).
  const repository = url.pathname.split('/').slice(1, 3).join('/');
  if (host === 'github.com' && repository.includes('/')) return t('panelSourceGitHub', repository);
  return PUBLISHERS[host] ?? host;
}
