import type { MarketRules, MarketSource } from './market';

const LEITFADEN_URL = 'https://www.die-medienanstalten.de/service/publikationen/leitfaden-werbekennzeichnung';
const LEITFADEN: MarketSource = {
  doc: 'Die Medienanstalten, Leitfaden Werbekennzeichnung bei Online-Medien (2022-05), Kennzeichnungsmatrix',
  url: LEITFADEN_URL,
  says: '„Werbung“ oder „Anzeige“ auf Deutsch, auf den ersten Blick erkennbar, zu Beginn des Beitrags; nicht versteckt in Hashtags, nicht „#ad“, „sponsored by“ oder „powered by“.',
};
const AFFILIATE: MarketSource = {
  doc: 'Die Medienanstalten, Leitfaden Werbekennzeichnung (2022-05), Affiliate-Links',
  url: LEITFADEN_URL,
  says: 'ein Affiliate-Link ist Werbung: „Werbelink“ oder ein Sternchen direkt am Link mit Erklärung in unmittelbarer Nähe; „Affiliate-Link“ allein versteht nicht jeder.',
};
const PLACEMENT: MarketSource = {
  doc: 'Die Medienanstalten, Leitfaden Werbekennzeichnung (2022-05), Produktplatzierung; § 8 Abs. 3 MStV',
  url: LEITFADEN_URL,
  says: 'eine untergeordnete Produktplatzierung im Video wird mit „Unterstützt durch Produktplatzierung“ (oder „Produktplatzierung“) zu Beginn gekennzeichnet.',
};
const PLATFORM: MarketSource = {
  doc: 'Die Medienanstalten, Leitfaden Werbekennzeichnung (2022-05), Plattform-Tools',
  url: LEITFADEN_URL,
  says: 'der Plattformhinweis „Bezahlte Partnerschaft mit …“ genügt nur, wenn er gut sichtbar am Anfang steht.',
};
const BGH: MarketSource = {
  doc: 'BGH, Urteile vom 9.9.2021, I ZR 90/20, I ZR 125/20, I ZR 126/20 (Influencer I–III)',
  url: 'https://www.bundesgerichtshof.de/SharedDocs/Pressemitteilungen/DE/2021/2021164.html',
  says: 'wer gegen Entgelt für ein fremdes Unternehmen wirbt, muss den kommerziellen Zweck kenntlich machen, wenn er sich nicht aus den Umständen ergibt.',
};
const OWN: MarketSource = {
  doc: 'Die Medienanstalten, Leitfaden Werbekennzeichnung (2022-05), eigene Produkte',
  url: LEITFADEN_URL,
  says: 'auch Werbung für eigene Produkte ist zu kennzeichnen, wenn der werbliche Charakter nicht offensichtlich ist.',
};

export const DE: MarketRules = {
  name: 'Germany (UWG/MStV)',
  start: 'required',
  notBuried: true,
  language: 'none',
  labels: ['Werbung', 'Anzeige'],
  ownProduct: OWN,
  source: BGH,
  verdicts: {
    werbung: ['clear', LEITFADEN],
    produktplatzierung: ['clear', PLACEMENT],
    werbelink: ['link', AFFILIATE],
    'asterisk-note': ['link', AFFILIATE],
    'platform-label-de': ['first', PLATFORM],
    ad: ['insufficient', LEITFADEN],
    sponsored: ['insufficient', LEITFADEN],
    'sponsored-by': ['insufficient', LEITFADEN],
    'paid-partnership': ['insufficient', LEITFADEN],
    affiliate: ['insufficient', AFFILIATE],
    'affiliate-phrase': ['insufficient', AFFILIATE],
    'free-gift': ['ambiguous', LEITFADEN],
    gifted: ['ambiguous', LEITFADEN],
    'gifted-label': ['ambiguous', LEITFADEN],
  },
  otherwise: 'insufficient',
  reviewed: '2026-12',
};
