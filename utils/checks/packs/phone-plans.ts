/**
 * Country calling codes of the markets OnBrand supports (US, UK, Germany, France, India and the other EU
 * countries) with the lengths their national significant numbers can have, from the numbering-plan metadata
 * Google's libphonenumber publishes (possible lengths per country, as libphonenumber-js 1.13.16 ships
 * them). The minimum is raised to 6 digits: shorter "numbers" are short codes, not a person's line.
 */
const PLANS =
  'US1:10,GB44:7-10,DE49:6-15,FR33:9,IN91:8-13,AT43:6-13,BE32:8-9,BG359:6-12,HR385:7-9,CY357:8,CZ420:9-12,DK45:8,EE372:7-10,FI358:6-12,GR30:10-12,HU36:8-9,IE353:7-10,IT39:6-12,LV371:8,LT370:8,LU352:6-11,MT356:8,NL31:6-11,PL48:6-10,PT351:9,RO40:6-9,SK421:6-9,SI386:6-8,ES34:9,SE46:6-12';

export interface PhonePlan {
  country: string;
  callingCode: string;
  min: number;
  max: number;
}

export const PHONE_PLANS: readonly PhonePlan[] = PLANS.split(',').map((entry) => {
  const [, country = '', callingCode = '', min = '', max] =
    /^([A-Z]{2})(\d+):(\d+)(?:-(\d+))?$/.exec(entry) ?? [];
  return { country, callingCode, min: Number(min), max: Number(max ?? min) };
});

/**
 * Words that say the number after them is a phone number, in the supported markets' languages. Numbers
 * written without a trunk prefix or grouping (Italy, Spain, Poland…) are only told from other numbers by them.
 */
export const PHONE_WORDS =
  /(?:phone|mobile|cell|call(?:ed)?|text|whatsapp|tel\.?|telefon\w*|handy|mobil\w*|nummer|rufnummer|t[ée]l[ée]phone|portable|num[ée]ro|telefono|cellulare|n[úu]mero|m[óo]vil|telefone|telemóvel|numer|telefonu|komórk\w*|puhelin|telefonnummer|mobiilinumber)\W{1,3}(?:\w+\W{1,3}){0,3}$/iu;
