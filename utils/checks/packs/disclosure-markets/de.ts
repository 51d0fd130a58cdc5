import { type MarketRules, type MarketSource, rate } from './market';

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
    ...rate(LEITFADEN, 'clear', 'werbung'),
    ...rate(PLACEMENT, 'clear', 'produktplatzierung'),
    ...rate(AFFILIATE, 'link', 'werbelink asterisk-note'),
    ...rate(PLATFORM, 'first', 'platform-label-de'),
    ...rate(LEITFADEN, 'insufficient', 'ad sponsored sponsored-by paid-partnership thanks-support'),
    ...rate(AFFILIATE, 'insufficient', 'affiliate affiliate-phrase'),
    ...rate(LEITFADEN, 'ambiguous', 'free-gift gifted gifted-label'),
  },
  otherwise: 'insufficient',
  reviewed: '2026-12',
};
