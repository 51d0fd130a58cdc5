import type { MarketRules, MarketSource } from './market';

const LEITFADEN_URL = 'https://www.die-medienanstalten.de/service/publikationen/leitfaden-werbekennzeichnung';
const LEITFADEN: MarketSource = {
  doc: 'Medienanstalten, Leitfaden Werbekennzeichnung (2022)',
  url: LEITFADEN_URL,
  says: '„Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“',
};
const AFFILIATE: MarketSource = {
  doc: 'Medienanstalten, Leitfaden (2022), Affiliate-Links',
  url: LEITFADEN_URL,
  says: '„Werbelink“ oder Sternchen direkt am Link, mit Erklärung in der Nähe',
};
const PLACEMENT: MarketSource = {
  doc: 'Medienanstalten, Leitfaden (2022), Produktplatzierung',
  url: LEITFADEN_URL,
  says: '„Unterstützt durch Produktplatzierung“ zu Beginn',
};
const PLATFORM: MarketSource = {
  doc: 'Medienanstalten, Leitfaden (2022), Plattform-Tools',
  url: LEITFADEN_URL,
  says: '„Bezahlte Partnerschaft mit …“ nur gut sichtbar am Anfang',
};
const BGH: MarketSource = {
  doc: 'BGH, 9.9.2021, I ZR 90/20, 125/20, 126/20',
  url: 'https://www.bundesgerichtshof.de/SharedDocs/Pressemitteilungen/DE/2021/2021164.html',
  says: 'bezahlte Werbung für Dritte muss als solche erkennbar sein',
};
const OWN: MarketSource = {
  doc: 'Medienanstalten, Leitfaden (2022), eigene Produkte',
  url: LEITFADEN_URL,
  says: 'eigene Produkte kennzeichnen, wenn es nicht offensichtlich ist',
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
