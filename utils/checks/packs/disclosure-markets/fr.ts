import { type MarketRules, type MarketSource, rate } from './market';

const LOI_URL = 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000047663185';
const ART5: MarketSource = {
  doc: 'Loi 2023-451, art. 5',
  url: LOI_URL,
  says: '« Publicité » ou « Collaboration commerciale », claire et lisible',
};
const EQUIVALENT: MarketSource = {
  doc: 'Loi 2023-451, art. 5; ARPP, Recommandation « Communication publicitaire numérique », fiche « Communication d’influenceurs et marques » (2024-05-29)',
  url: 'https://www.arpp.org/actualite/arpp-actualise-fiche-pratique-communication-influenceurs-et-marques',
  says: 'une mention équivalente, en français; pas un hashtag anglais',
};

export const FR: MarketRules = {
  name: 'France (ARPP, loi influenceurs)',
  start: 'required',
  notBuried: false,
  language: 'none',
  labels: ['Publicité', 'Collaboration commerciale'],
  ownProduct: null,
  source: ART5,
  verdicts: {
    ...rate(ART5, 'clear', 'publicite'),
    ...rate(EQUIVALENT, 'ambiguous', 'equivalent-fr pub-fr'),
  },
  otherwise: 'insufficient',
  reviewed: '2026-12',
};

export const FR_ART5 = ART5;
