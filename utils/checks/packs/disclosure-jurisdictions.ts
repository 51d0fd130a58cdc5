import type { Jurisdiction } from '../types';
import { DE } from './disclosure-markets/de';
import { EU } from './disclosure-markets/eu';
import { FR } from './disclosure-markets/fr';
import { IN } from './disclosure-markets/in';
import type { MarketRules } from './disclosure-markets/market';
import { UK } from './disclosure-markets/uk';
import { US } from './disclosure-markets/us';

export {
  LABEL_BY_LANGUAGE,
  type MarketRules,
  type MarketSource,
  type Verdict,
} from './disclosure-markets/market';

/** Each market's rules and verdicts, one file per market under disclosure-markets/ (docs/disclosure-law.md). */
export const JURISDICTION_RULES: Record<Jurisdiction, MarketRules> = { US, UK, DE, FR, EU, IN };
