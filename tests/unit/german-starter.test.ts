import { describe, expect, it } from 'vitest';
import { type GermanAddress, germanBrandVoice } from '@/utils/brands/german-starter';
import { checkDraft, validateGuidelines } from '@/utils/checks';

/** What the writer is told for a draft: each finding of the pack's rules as rule id and flagged text. */
function flagged(address: GermanAddress, text: string): string[] {
  return checkDraft(text, { platform: 'instagram', guidelines: germanBrandVoice(address) })
    .filter((finding) => finding.category === 'voice')
    .map((finding) => `${finding.ruleId}: ${text.slice(finding.start, finding.end)}`);
}

describe('the German starter pack', () => {
  it('is valid guidelines for either form of address, every pattern safe to run', () => {
    for (const address of ['sie', 'du'] as const) {
      const guidelines = germanBrandVoice(address);
      expect(validateGuidelines(guidelines)).toEqual({ ok: true, guidelines });
    }
  });

  describe('a brand that says "du"', () => {
    it('flags the formal address in mid-sentence', () => {
      expect(flagged('du', 'Jetzt neu: die Laufschuhe, die Sie lieben werden.')).toEqual(['anrede-du: Sie']);
      expect(flagged('du', 'Wir schicken Ihnen Ihr Paket morgen.')).toEqual([
        'anrede-du: Ihnen',
        'anrede-du: Ihr',
      ]);
      expect(flagged('du', 'Hast du Fragen? Dann schreiben Sie uns.')).toEqual(['anrede-du: Sie']);
    });

    it('leaves "sie" and "ihr" meaning she, they, her or their alone', () => {
      expect(flagged('du', 'Unsere Gründerin erzählt, wie sie die Marke aufgebaut hat.')).toEqual([]);
      expect(flagged('du', 'Die Kolleginnen zeigen ihr neues Studio.')).toEqual([]);
      expect(flagged('du', 'Sie kommen morgen an. Sie sind neu im Team.')).toEqual([]);
      expect(flagged('du', 'Die Siegerin holt ihren Preis ab, die Sieger feiern.')).toEqual([]);
      expect(flagged('du', 'Das Team: Sie haben das Projekt gestemmt.')).toEqual([]);
      expect(flagged('du', 'Ihr Studio liegt in Köln.\nIhre Tipps findest du hier.')).toEqual([]);
      expect(flagged('du', 'Neu im Team\nSie kennt jede Naht 🧵 Sie näht seit 1998.')).toEqual([]);
    });

    // Canoo's grammar (Imperativ, "Höflichkeitsform"): the formal imperative puts "Sie" after the verb, so it
    // is a capital in mid-sentence even when the verb opens the post.
    it('flags the formal imperative, the verb first and "Sie" after it', () => {
      expect(flagged('du', 'Schreiben Sie uns!')).toEqual(['anrede-du: Sie']);
      expect(flagged('du', 'Kommen Sie vorbei, wir haben bis 20 Uhr offen.')).toEqual(['anrede-du: Sie']);
    });

    // Verb agreement (Duden, Richtiges und gutes Deutsch, "Anrede"): the formal "Sie" takes the plural verb,
    // as "they" does; "she" takes the singular. Opening a statement, both plurals stay possible and nothing is
    // flagged; opening a question ("Sie haben Fragen?"), the reader is asked.
    it('flags "Sie" opening a question with a plural verb, not a statement or "she"', () => {
      expect(flagged('du', 'Sie haben Fragen? Wir helfen gern.')).toEqual(['anrede-du: Sie']);
      expect(flagged('du', 'Neu hier.\nSie sind auf der Suche nach einem Geschenk?')).toEqual([
        'anrede-du: Sie',
      ]);
      expect(flagged('du', 'Unsere Kundinnen sind begeistert. Sie lieben den Stoff.')).toEqual([]);
      expect(flagged('du', 'Sie kennt jede Naht. Sie näht seit 1998?')).toEqual([]);
      expect(flagged('du', 'Anna schreibt: „Sie haben Fragen?“ Frag uns.')).toEqual([]);
    });

    it('leaves a quotation alone, whoever it addresses', () => {
      expect(flagged('du', 'Anna schreibt uns: „Können Sie mir helfen?“ Klar, machen wir!')).toEqual([]);
      expect(flagged('du', 'Das Motto: »Wir bringen Ihnen den Sommer« gilt noch.')).toEqual([]);
      expect(flagged('du', 'Der Slogan "Wir lieben Sie" ist von 1998.')).toEqual([]);
      // After a quotation has closed, the brand's own words count again.
      expect(flagged('du', 'Sie schrieb: „Danke!“ Wir danken Ihnen auch.')).toEqual(['anrede-du: Ihnen']);
      expect(flagged('du', 'Der Slogan "Wir lieben Sie" bleibt, versprochen Ihnen.')).toEqual([
        'anrede-du: Ihnen',
      ]);
    });

    it('says in German what is wrong and what to write instead', () => {
      const [finding] = checkDraft('Wir schicken Ihnen den Gutschein.', {
        platform: 'instagram',
        guidelines: germanBrandVoice('du'),
      });
      expect(finding?.message).toBe(
        '„Ihnen“ siezt die Leser, die Marke duzt sie aber: „du“, „dich“, „dir“, „dein“.',
      );
    });
  });

  describe('a brand that says "Sie"', () => {
    it('flags the informal address, singular and plural, at any position and case', () => {
      expect(flagged('sie', 'Hol dir jetzt deinen Gutschein!')).toEqual([
        'anrede-sie: dir',
        'anrede-sie: deinen',
      ]);
      expect(flagged('sie', 'Du hast Fragen? Wir helfen euch gern.')).toEqual([
        'anrede-sie: Du',
        'anrede-sie: euch',
      ]);
    });

    // DW's grammar (Informeller Imperativ) and Canoo's: the informal imperative drops the pronoun, singular
    // "Schreib!"/"Schreibe!", plural "Schreibt!"; the plural is also the third person with the subject left out.
    it('flags the informal imperative, singular and plural, which has no pronoun to flag', () => {
      expect(flagged('sie', 'Schreib uns!')).toEqual(['anrede-sie: Schreib']);
      expect(flagged('sie', 'Neue Kollektion. Komm vorbei und stöbere.')).toEqual(['anrede-sie: Komm']);
      expect(flagged('sie', 'Bis Samstag offen: Dann komm vorbei!')).toEqual(['anrede-sie: komm']);
      expect(flagged('sie', 'Kommt vorbei, wir feiern!')).toEqual(['anrede-sie: Kommt']);
      expect(flagged('sie', 'Schreibt uns eine Nachricht.')).toEqual(['anrede-sie: Schreibt']);
      expect(flagged('sie', 'Die Aktion läuft. Macht mit!')).toEqual(['anrede-sie: Macht']);
    });

    it('leaves the formal imperative, nouns, adjectives and the third person alone', () => {
      expect(flagged('sie', 'Schreiben Sie uns! Kommen Sie vorbei.')).toEqual([]);
      expect(flagged('sie', 'Macht Spaß! Kommt mit Ladekabel.')).toEqual([]);
      expect(flagged('sie', 'Folge 3 ist online. Sichere Zahlung mit PayPal.')).toEqual([]);
      expect(flagged('sie', 'Wir kommen vorbei und schreiben Ihnen.')).toEqual([]);
      expect(flagged('sie', 'Unser Tipp: „Komm vorbei“ stand auf dem Plakat.')).toEqual([]);
    });

    it('leaves a French "du" in a name alone, not a German one between capitals', () => {
      expect(flagged('sie', 'Das Café du Monde hat neu eröffnet.')).toEqual([]);
      expect(flagged('sie', 'Cirque du Soleil gastiert in Köln.')).toEqual([]);
      expect(flagged('sie', 'Hast du Zeit? Kennst du Berlin?')).toEqual(['anrede-sie: du', 'anrede-sie: du']);
      expect(flagged('sie', 'Und du Anna? DU bist gemeint.')).toEqual(['anrede-sie: du', 'anrede-sie: DU']);
    });

    it('leaves the formal address, "sie" and words that merely contain the forms alone', () => {
      expect(flagged('sie', 'Wir schicken Ihnen Ihr Paket, sobald sie es freigeben.')).toEqual([]);
      expect(flagged('sie', 'Die Dirigentin und das Duett im Dubai-Konzert.')).toEqual([]);
      expect(flagged('sie', 'Das Dußmann-Team darf das, sagt Dürer.')).toEqual([]);
      expect(flagged('sie', 'Die Kolleginnen zeigen ihr neues Studio.')).toEqual([]);
    });

    it('leaves a quotation alone', () => {
      expect(flagged('sie', 'Ein Kunde schrieb: „Du hast mir den Tag gerettet.“ Danke dafür.')).toEqual([]);
      expect(flagged('sie', 'Unser Claim "Hol dir den Sommer" läuft aus.')).toEqual([]);
    });

    it('says in German what is wrong', () => {
      const [finding] = checkDraft('Sichere dir den Rabatt.', {
        platform: 'instagram',
        guidelines: germanBrandVoice('sie'),
      });
      expect(finding?.message).toBe('„dir“ duzt die Leser, die Marke siezt sie aber: „Sie“, „Ihnen“, „Ihr“.');
    });
  });

  describe('the voice rules of both packs', () => {
    it('offers German words for Denglisch, capitalised where the draft capitalises', () => {
      const [finding] = checkDraft('Das Meeting ist morgen, Feedback gern vorher.', {
        platform: 'instagram',
        guidelines: germanBrandVoice('sie'),
      });
      expect(finding?.message).toBe('Schreiben Sie „Besprechung“: Das versteht jeder, ohne Englisch.');
      expect(finding?.suggestions).toEqual(['Besprechung']);
      expect(flagged('sie', 'Das Meeting ist morgen, Feedback gern vorher.')).toEqual([
        'denglisch: Meeting',
        'denglisch: Feedback',
      ]);
    });

    it('flags fillers, press-release phrases and more than one exclamation mark', () => {
      expect(flagged('du', 'Eigentlich ist das ein echter Gamechanger!!')).toEqual([
        'fuellwoerter: Eigentlich',
        'floskeln: Gamechanger',
        'ausrufezeichen: !',
      ]);
      expect(flagged('du', 'Ein Mehrwert? Ja! Ganz ohne Floskeln.')).toEqual(['floskeln: Mehrwert']);
    });

    it('flags gendering that mixes the star and the colon, not one style used throughout', () => {
      expect(flagged('sie', 'Liebe Kund*innen, liebe Mitarbeiter:innen!')).toEqual([
        'einheitlich-gendern: Mitarbeiter:innen',
      ]);
      expect(flagged('sie', 'Liebe Kund*innen, liebe Mitarbeiter*innen und Ärzt*innen.')).toEqual([]);
      expect(flagged('sie', 'Liebe Kund:innen und Ärzt:innen.')).toEqual([]);
    });

    it('speaks German in every message', () => {
      for (const address of ['sie', 'du'] as const)
        for (const rule of germanBrandVoice(address).rules)
          expect(rule.message, rule.id).toMatch(/[„“äöüß]|Ausrufezeichen/);
    });
  });
});
