import type { MarketRules, MarketSource } from './market';

const LOI_URL = 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000047663185';
const ART5: MarketSource = {
  doc: 'Loi n° 2023-451 du 9 juin 2023, art. 5 (mod. ordonnance n° 2024-978 du 6 novembre 2024)',
  url: LOI_URL,
  says: 'l’intention commerciale est indiquée par la mention « Publicité » ou « Collaboration commerciale », claire, lisible et identifiable, pendant toute la durée du contenu.',
};
const EQUIVALENT: MarketSource = {
  doc: 'Loi n° 2023-451, art. 5 (mod. 2024); ARPP, Recommandation Communication publicitaire digitale',
  url: 'https://www.arpp.org/nous-consulter/regles/regles-de-deontologie/recommandation-communication-publicitaire-digitale/',
  says: 'une mention équivalente doit être aussi explicite que « Publicité », en français; un hashtag anglais ou une abréviation ne suffit pas.',
};

export const FR: MarketRules = {
  name: 'France (loi 2023-451)',
  start: 'required',
  notBuried: false,
  language: 'none',
  labels: ['Publicité', 'Collaboration commerciale'],
  ownProduct: null,
  source: ART5,
  verdicts: {
    publicite: ['clear', ART5],
    'equivalent-fr': ['ambiguous', EQUIVALENT],
  },
  otherwise: 'insufficient',
  reviewed: '2026-12',
};

export const FR_ART5 = ART5;
