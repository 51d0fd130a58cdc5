import type { PlatformId } from '@/utils/checks';

/**
 * Customer-care replies in the style each platform's support accounts write them, labelled with the
 * personal data each one repeats. About half repeat none: they carry the look-alikes a detector must let
 * pass (prices, dates, times, versions, years, hashtags with digits, order talk without a number, and the
 * brand's own published contacts, listed in PRIVACY_CORPUS_BRAND).
 */
export type PrivacyRule =
  | 'privacy-email'
  | 'privacy-phone'
  | 'privacy-iban'
  | 'privacy-card'
  | 'privacy-order-number'
  | 'privacy-address';

export type Market = 'US' | 'UK' | 'DE' | 'FR' | 'IN' | 'EU';

export interface LabelledReply {
  id: string;
  platform: PlatformId;
  market: Market;
  text: string;
  /** The personal data in the reply: the detector that must flag it and the exact text. */
  pii: { rule: PrivacyRule; text: string }[];
}

/** The brand the corpus is checked for: its own published contacts and its order number format. */
export const PRIVACY_CORPUS_BRAND = {
  ownContacts: [
    'help@acme-shop.com',
    'presse@acme-shop.de',
    '+49 30 2345 6789',
    '+1 (415) 555-0100',
    '+44 20 7946 0100',
    'Acme GmbH, Friedrichstraße 100, 10117 Berlin',
  ],
  orderPatterns: ['AC-\\d{7}'],
};

const r = (
  id: string,
  platform: PlatformId,
  market: Market,
  text: string,
  ...pii: LabelledReply['pii']
): LabelledReply => ({ id, platform, market, text, pii });
const email = (text: string) => ({ rule: 'privacy-email' as const, text });
const phone = (text: string) => ({ rule: 'privacy-phone' as const, text });
const iban = (text: string) => ({ rule: 'privacy-iban' as const, text });
const card = (text: string) => ({ rule: 'privacy-card' as const, text });
const order = (text: string) => ({ rule: 'privacy-order-number' as const, text });
const address = (text: string) => ({ rule: 'privacy-address' as const, text });

export const PRIVACY_CORPUS: LabelledReply[] = [
  // --- US ---
  r(
    'us-x-1',
    'x',
    'US',
    "@mike_r Sorry for the wait, Mike! We've updated the email on your account to mike.rodgers84@gmail.com, so receipts will go there from now on.",
    email('mike.rodgers84@gmail.com'),
  ),
  r(
    'us-x-2',
    'x',
    'US',
    'Hey @jennyb, our team will call you at (312) 555-0147 between 2 and 4 PM CT today to sort out the replacement. ^KL',
    phone('(312) 555-0147'),
  ),
  r(
    'us-fb-1',
    'facebook',
    'US',
    'Hi Carla, thanks for reaching out! Order #8812034 was delivered to 742 Evergreen Terrace, Springfield, IL 62704 on Tuesday. Could you check with your neighbors?',
    order('#8812034'),
    address('742 Evergreen Terrace, Springfield, IL 62704'),
  ),
  r(
    'us-fb-2',
    'facebook',
    'US',
    'Hi Dan, the card ending in 4242 was declined, but we see you also tried 4242 4242 4242 4242 in the notes field. Please never post card numbers here!',
    card('4242 4242 4242 4242'),
  ),
  r(
    'us-ig-1',
    'instagram',
    'US',
    "@sarah.k we'd love to make this right 💛 We sent a prepaid label to sarah.kim@outlook.com, just drop the box at any UPS store.",
    email('sarah.kim@outlook.com'),
  ),
  r(
    'us-threads-1',
    'threads',
    'US',
    "So sorry Tom! Ticket TCK-4471093 is with our warranty team and they'll text you at 415-555-0178 once the part ships.",
    order('TCK-4471093'),
    phone('415-555-0178'),
  ),
  r(
    'us-reddit-1',
    'reddit',
    'US',
    'Hey u/gearhead77, mod from the Acme support team here. I found your case (case number 55190233) and escalated it. Shipping to 1600 Amphitheatre Pkwy, Mountain View, CA 94043 as requested.',
    order('55190233'),
    address('1600 Amphitheatre Pkwy, Mountain View, CA 94043'),
  ),
  r(
    'us-yt-1',
    'youtube',
    'US',
    'Thanks for watching! For the firmware issue, our tech lead Priya will reach out at priya.n.customer@yahoo.com — keep an eye on your inbox.',
    email('priya.n.customer@yahoo.com'),
  ),
  r(
    'us-li-1',
    'linkedin',
    'US',
    'Thanks Jordan. Our enterprise team will follow up on your invoice INV-2024-88123 with your AP contact at ap@northwind-traders.com.',
    order('INV-2024-88123'),
    email('ap@northwind-traders.com'),
  ),
  r(
    'us-x-3',
    'x',
    'US',
    'We got you, @lena! Your replacement for order AC-1029384 is on its way.',
    order('AC-1029384'),
  ),
  r(
    'us-fb-3',
    'facebook',
    'US',
    'Hi Greg, a courier will pick up the washer from 55 W Maple St, Apt 3B tomorrow morning.',
    address('55 W Maple St, Apt 3B'),
  ),
  r(
    'us-bsky-1',
    'bluesky',
    'US',
    'Hey! Your call-back number shows as +1 646 555 0199. Is that still right?',
    phone('+1 646 555 0199'),
  ),
  // US clean
  r(
    'us-x-c1',
    'x',
    'US',
    '@mike_r Sorry for the wait! Your order shipped this morning and should arrive by Friday 5/24. Anything else we can do, just DM us. ^KL',
  ),
  r(
    'us-x-c2',
    'x',
    'US',
    'Our Memorial Day sale is live: 30% off everything until 11:59 PM ET Monday. Prices start at $19.99. #MemorialDay2024',
  ),
  r(
    'us-fb-c1',
    'facebook',
    'US',
    'Hi Carla! Sorry to hear that. Call our support line at +1 (415) 555-0100 (Mon–Fri, 8 AM–6 PM PT) and we will sort it out.',
  ),
  r(
    'us-fb-c2',
    'facebook',
    'US',
    'Hi Dan, please never share card details here. Send us a DM and we will help you update your payment method securely.',
  ),
  r(
    'us-ig-c1',
    'instagram',
    'US',
    '@sarah.k so glad you love it 😍 The 2024 edition holds 1,200 ml and fits in most cup holders. #Acme2024 #hydration',
  ),
  r(
    'us-threads-c1',
    'threads',
    'US',
    'Version 3.2.1 of the app fixes the sync bug from 3.2.0. Update from the App Store and restart your phone; it takes about 2 minutes.',
  ),
  r(
    'us-reddit-c1',
    'reddit',
    'US',
    'Hey u/gearhead77, thanks for the detailed write-up. We tested 14 units from the 2023 batch and found the same issue in 3 of them. A fix is coming in firmware 2.14 next week.',
  ),
  r(
    'us-yt-c1',
    'youtube',
    'US',
    'Great question! The 12-inch model draws 1500 W at 120 V. The full spec sheet is linked in the description.',
  ),
  r(
    'us-li-c1',
    'linkedin',
    'US',
    "We're hiring! 25 roles across 4 offices, from support to engineering. Apply by June 30, 2024 at acme-shop.com/careers.",
  ),
  r(
    'us-x-c3',
    'x',
    'US',
    'Email us at help@acme-shop.com with the details and we will get back to you within 24 hours.',
  ),
  r(
    'us-bsky-c1',
    'bluesky',
    'US',
    'Quick update: the outage that started at 09:42 PT is fixed. 99.9% of orders placed between 9 and 10 AM went through.',
  ),
  // --- UK ---
  r(
    'uk-x-1',
    'x',
    'UK',
    "Hi Sophie, we've rebooked your delivery to Flat 2, 14 Abbey Road, London NW8 9AY for Thursday. Sorry again!",
    address('14 Abbey Road, London NW8 9AY'),
  ),
  r(
    'uk-x-2',
    'x',
    'UK',
    'Thanks Jamie, an engineer will ring you on 07700 900461 this afternoon. ^RB',
    phone('07700 900461'),
  ),
  r(
    'uk-fb-1',
    'facebook',
    'UK',
    'Hi Aisha, we can see the refund went back to GB29 NWBK 6016 1331 9268 19 on 3 May. It can take 3–5 working days to show.',
    iban('GB29 NWBK 6016 1331 9268 19'),
  ),
  r(
    'uk-ig-1',
    'instagram',
    'UK',
    "@oliver.j we've emailed oliver.james@btinternet.com with your returns label 📦",
    email('oliver.james@btinternet.com'),
  ),
  r(
    'uk-li-1',
    'linkedin',
    'UK',
    'Thanks Priya. Our account manager will call your office on +44 (0)161 496 0732 to arrange the demo.',
    phone('+44 (0)161 496 0732'),
  ),
  r(
    'uk-threads-1',
    'threads',
    'UK',
    'Sorry Ben! Booking reference 88213370 has been moved to the 18:30 slot.',
    order('88213370'),
  ),
  r(
    'uk-reddit-1',
    'reddit',
    'UK',
    'Hi, Acme UK support here. The courier has 23 Castle Street, Edinburgh EH2 3AH on the parcel, so it should go to your new flat.',
    address('23 Castle Street, Edinburgh EH2 3AH'),
  ),
  r(
    'uk-fb-2',
    'facebook',
    'UK',
    'Hi Tom, your landline 020 7946 0958 is on the account. We will call you there.',
    phone('020 7946 0958'),
  ),
  // UK clean
  r(
    'uk-x-c1',
    'x',
    'UK',
    "Hi Sophie, sorry about that! Your parcel is with the courier and should arrive before 1pm tomorrow. We'll keep an eye on it.",
  ),
  r(
    'uk-x-c2',
    'x',
    'UK',
    'Our Boxing Day sale starts 26/12 at 8am: up to 50% off, with prices from £9.99. #BoxingDay2024',
  ),
  r(
    'uk-fb-c1',
    'facebook',
    'UK',
    "Hi Aisha, you can reach our team on +44 20 7946 0100, 9am–5pm Monday to Friday. We'd be happy to help.",
  ),
  r(
    'uk-ig-c1',
    'instagram',
    'UK',
    '@oliver.j cheers Oliver! The new trainers come in sizes 6 to 12 and the drop is at 10:00 on 14.06. 👟',
  ),
  r(
    'uk-li-c1',
    'linkedin',
    'UK',
    'Proud to have cut our delivery emissions by 23% since 2019. Read the full 2023 report on our site.',
  ),
  r(
    'uk-threads-c1',
    'threads',
    'UK',
    'Your order is on its way! Tracking updates can lag by 24–48 hours, so do not worry if it still says "label created".',
  ),
  r(
    'uk-reddit-c1',
    'reddit',
    'UK',
    'We tested the 2.4 GHz and 5 GHz bands on 120 routers; firmware v4.1.7 fixes the drop-outs. Roll-out finishes on 12 July.',
  ),
  r('uk-x-c3', 'x', 'UK', 'Top 5 tips for a greener garden this spring 🌱 #GardenWeek2024'),
  // --- DE ---
  r(
    'de-fb-1',
    'facebook',
    'DE',
    'Hallo Jana, wir haben die Rechnung an jana.mueller@web.de geschickt. Schau bitte auch im Spam-Ordner nach!',
    email('jana.mueller@web.de'),
  ),
  r(
    'de-ig-1',
    'instagram',
    'DE',
    '@lukas_b Dein Paket geht heute an Lindenstraße 12, 50674 Köln raus 📦',
    address('Lindenstraße 12, 50674 Köln'),
  ),
  r(
    'de-x-1',
    'x',
    'DE',
    'Hallo Herr Schmidt, wir rufen Sie morgen unter 0171 2345678 zurück. VG, Anna',
    phone('0171 2345678'),
  ),
  r(
    'de-fb-2',
    'facebook',
    'DE',
    'Hallo Petra, die Erstattung ist auf DE89 3704 0044 0532 0130 00 unterwegs und sollte in 2–3 Werktagen da sein.',
    iban('DE89 3704 0044 0532 0130 00'),
  ),
  r(
    'de-li-1',
    'linkedin',
    'DE',
    'Danke für Ihr Interesse! Unsere Kollegin meldet sich unter 089/45678901 bei Ihnen.',
    phone('089/45678901'),
  ),
  r(
    'de-threads-1',
    'threads',
    'DE',
    'Deine Bestellnummer 100482937 ist angekommen, die Ersatzlieferung startet morgen.',
    order('100482937'),
  ),
  r(
    'de-x-2',
    'x',
    'DE',
    'Hallo Mia, dein Ticket mit der Vorgangsnummer 2024-118273 ist bei unserem Technik-Team.',
    order('2024-118273'),
  ),
  r(
    'de-yt-1',
    'youtube',
    'DE',
    'Danke fürs Zuschauen! Wir schicken dir den Gutschein an max.weber92@gmx.de.',
    email('max.weber92@gmx.de'),
  ),
  r(
    'de-mastodon-1',
    'mastodon',
    'DE',
    'Hallo @kai@chaos.social, die Abholung erfolgt bei Ihnen in der Berliner Allee 48, 40212 Düsseldorf.',
    address('Berliner Allee 48, 40212 Düsseldorf'),
  ),
  r(
    'de-fb-3',
    'facebook',
    'DE',
    'Hallo Frau Öztürk, wir haben die Handynummer +49 152 23456789 in Ihrem Kundenkonto hinterlegt.',
    phone('+49 152 23456789'),
  ),
  // DE clean
  r(
    'de-fb-c1',
    'facebook',
    'DE',
    'Hallo Jana, das tut uns leid! Schreib uns gern eine Direktnachricht, dann schauen wir uns das an.',
  ),
  r(
    'de-ig-c1',
    'instagram',
    'DE',
    'Unser Sommer-Sale läuft vom 01.07.2024 bis 14.07.2024: bis zu 40 % Rabatt, Preise ab 9,99 €. #Sommer2024',
  ),
  r('de-x-c1', 'x', 'DE', 'Unsere Hotline erreichst du unter +49 30 2345 6789, Mo–Fr 8–18 Uhr.'),
  r('de-x-c2', 'x', 'DE', 'Auch telefonisch: 030 2345 6789. Oder per Mail an presse@acme-shop.de.'),
  r(
    'de-li-c1',
    'linkedin',
    'DE',
    'Besuchen Sie uns auf der IFA 2024 in Halle 4.2, Stand 117! Vom 6. bis 10. September.',
  ),
  r(
    'de-threads-c1',
    'threads',
    'DE',
    'Deine Bestellung ist unterwegs und kommt voraussichtlich in 2–3 Werktagen an.',
  ),
  r(
    'de-yt-c1',
    'youtube',
    'DE',
    'Im Video nutzen wir Version 5.3.2 der App. Ab 12:30 Uhr ist das Update für alle verfügbar.',
  ),
  r(
    'de-mastodon-c1',
    'mastodon',
    'DE',
    'Danke @kai@chaos.social! Ja, unsere Retouren gehen an Acme GmbH, Friedrichstraße 100, 10117 Berlin.',
  ),
  r(
    'de-fb-c2',
    'facebook',
    'DE',
    'Platz 1 im Test der Stiftung Warentest 2023! Danke an alle 250.000 Kundinnen und Kunden.',
  ),
  // --- FR ---
  r(
    'fr-fb-1',
    'facebook',
    'FR',
    'Bonjour Camille, nous avons bien noté votre nouvelle adresse : 8 rue des Lilas, 69003 Lyon. Le colis part demain !',
    address('8 rue des Lilas, 69003 Lyon'),
  ),
  r(
    'fr-x-1',
    'x',
    'FR',
    'Bonjour Julien, un conseiller vous rappelle au 06 12 34 56 78 avant midi.',
    phone('06 12 34 56 78'),
  ),
  r(
    'fr-ig-1',
    'instagram',
    'FR',
    "@manon.d on vous a envoyé le bon d'échange à manon.dupont@orange.fr 💌",
    email('manon.dupont@orange.fr'),
  ),
  r(
    'fr-fb-2',
    'facebook',
    'FR',
    'Bonjour Luc, le remboursement a été viré sur FR14 2004 1010 0505 0001 3M02 606 ce matin.',
    iban('FR14 2004 1010 0505 0001 3M02 606'),
  ),
  r(
    'fr-threads-1',
    'threads',
    'FR',
    'Votre commande n° 58812034 a été remise au transporteur.',
    order('58812034'),
  ),
  r(
    'fr-li-1',
    'linkedin',
    'FR',
    "Merci pour votre message. Notre équipe vous contactera au +33 1 42 68 53 00 d'ici vendredi.",
    phone('+33 1 42 68 53 00'),
  ),
  r(
    'fr-x-2',
    'x',
    'FR',
    'Bonjour Inès, le coursier passera au 27 avenue Victor Hugo, 75116 Paris entre 9h et 12h.',
    address('27 avenue Victor Hugo, 75116 Paris'),
  ),
  // FR clean
  r(
    'fr-fb-c1',
    'facebook',
    'FR',
    'Bonjour Camille, désolés pour ce retard ! Écrivez-nous en message privé et nous regardons cela ensemble.',
  ),
  r('fr-x-c1', 'x', 'FR', 'Les soldes commencent le 26/06 à 8h : jusqu’à -50 %, dès 4,99 €. #Soldes2024'),
  r(
    'fr-ig-c1',
    'instagram',
    'FR',
    'Notre nouvelle collection arrive le 12.09 ! 3 coloris, 5 tailles, 100 % coton bio.',
  ),
  r('fr-threads-c1', 'threads', 'FR', 'Votre commande est en route, elle devrait arriver sous 48 h.'),
  r(
    'fr-li-c1',
    'linkedin',
    'FR',
    'Depuis 2015, nous avons ouvert 12 boutiques en France. Rendez-vous au salon VivaTech 2024, stand B12.',
  ),
  r(
    'fr-x-c2',
    'x',
    'FR',
    'Mise à jour 2.7.1 disponible : elle corrige le bug de connexion signalé le 03/05.',
  ),
  // --- IN ---
  r(
    'in-x-1',
    'x',
    'IN',
    'Hi Rahul, our delivery partner will call you on 98765 43210 before reaching your address. Sorry for the delay!',
    phone('98765 43210'),
  ),
  r(
    'in-fb-1',
    'facebook',
    'IN',
    'Dear Ananya, we have shared the invoice on ananya.iyer@rediffmail.com. Kindly check.',
    email('ananya.iyer@rediffmail.com'),
  ),
  r(
    'in-ig-1',
    'instagram',
    'IN',
    '@vikram_s Hi Vikram, your order ID 40219837 has been dispatched and will reach you in 3–4 days. 🙏',
    order('40219837'),
  ),
  r(
    'in-yt-1',
    'youtube',
    'IN',
    'Hi, please note our executive will contact you at +91 80 2345 6789 regarding the service request.',
    phone('+91 80 2345 6789'),
  ),
  r(
    'in-x-2',
    'x',
    'IN',
    'Hi Meera, we tried calling 9123456780 but could not reach you. Please let us know a good time.',
    phone('9123456780'),
  ),
  r(
    'in-li-1',
    'linkedin',
    'IN',
    'Dear Arjun, your card 5555 5555 5555 4444 was charged twice; we have initiated the reversal.',
    card('5555 5555 5555 4444'),
  ),
  // IN clean
  r(
    'in-x-c1',
    'x',
    'IN',
    'Hi Rahul, sorry for the inconvenience! Please DM us your details and we will check the delivery status right away.',
  ),
  r(
    'in-fb-c1',
    'facebook',
    'IN',
    'Diwali offer: flat ₹500 off on orders above ₹2,999 till 12 November. #Diwali2024',
  ),
  r(
    'in-ig-c1',
    'instagram',
    'IN',
    'Our new store in Bengaluru opens on 15.08 at 11 AM. First 100 customers get a free tote! 🎉',
  ),
  r(
    'in-yt-c1',
    'youtube',
    'IN',
    'The 1.5 ton model uses 20% less power than the 2022 version. Full review in the video at 04:35.',
  ),
  r(
    'in-li-c1',
    'linkedin',
    'IN',
    'We crossed 10,00,000 orders this year! Thank you to our 3,500 sellers across 28 states.',
  ),
  // --- EU (other markets) ---
  r(
    'eu-it-fb-1',
    'facebook',
    'EU',
    'Ciao Giulia, ti richiameremo al numero 347 123 4567 entro domani.',
    phone('347 123 4567'),
  ),
  r(
    'eu-it-ig-1',
    'instagram',
    'EU',
    '@marco.r ti abbiamo scritto a marco.rossi@libero.it con il codice reso 📩',
    email('marco.rossi@libero.it'),
  ),
  r(
    'eu-es-x-1',
    'x',
    'EU',
    'Hola Lucía, te llamaremos al móvil 612 34 56 78 esta tarde.',
    phone('612 34 56 78'),
  ),
  r(
    'eu-es-fb-1',
    'facebook',
    'EU',
    'Hola Javier, el reembolso se ha hecho a la cuenta ES91 2100 0418 4502 0005 1332.',
    iban('ES91 2100 0418 4502 0005 1332'),
  ),
  r('eu-nl-x-1', 'x', 'EU', 'Hoi Sanne, we bellen je vandaag terug op 06 12345678.', phone('06 12345678')),
  r(
    'eu-nl-fb-1',
    'facebook',
    'EU',
    'Hoi Daan, de terugbetaling staat op NL91 ABNA 0417 1643 00.',
    iban('NL91 ABNA 0417 1643 00'),
  ),
  r(
    'eu-at-ig-1',
    'instagram',
    'EU',
    '@lisa.h Wir melden uns unter +43 664 1234567 bei dir! 💬',
    phone('+43 664 1234567'),
  ),
  r(
    'eu-pl-fb-1',
    'facebook',
    'EU',
    'Dzień dobry, oddzwonimy na numer telefonu 512 345 678 jutro rano.',
    phone('512 345 678'),
  ),
  r(
    'eu-be-x-1',
    'x',
    'EU',
    'Bonjour Thomas, votre numéro +32 470 12 34 56 est bien enregistré.',
    phone('+32 470 12 34 56'),
  ),
  r(
    'eu-se-li-1',
    'linkedin',
    'EU',
    'Tack Erik! Vi ringer dig på 070-123 45 67 i morgon.',
    phone('070-123 45 67'),
  ),
  r(
    'eu-ie-x-1',
    'x',
    'EU',
    "Hi Niamh, we've emailed niamh.oconnor@eircom.net and will call +353 85 012 3456 if needed.",
    email('niamh.oconnor@eircom.net'),
    phone('+353 85 012 3456'),
  ),
  r(
    'eu-pt-fb-1',
    'facebook',
    'EU',
    'Olá Rita, ligaremos para o telemóvel 912 345 678 amanhã.',
    phone('912 345 678'),
  ),
  r(
    'eu-fi-x-1',
    'x',
    'EU',
    'Hei Mikko, soitamme sinulle numeroon 041 2345678 huomenna.',
    phone('041 2345678'),
  ),
  r(
    'eu-de-card-1',
    'facebook',
    'EU',
    'Hallo, bitte poste keine Kartendaten: 3782 822463 10005 ist jetzt öffentlich sichtbar!',
    card('3782 822463 10005'),
  ),
  // EU clean
  r('eu-it-fb-c1', 'facebook', 'EU', 'Ciao Giulia, ci dispiace! Scrivici in privato e risolviamo subito.'),
  r(
    'eu-it-ig-c1',
    'instagram',
    'EU',
    'Saldi dal 06.01 al 28.02: sconti fino al 50%, prezzi da 14,90 €. #Saldi2024',
  ),
  r('eu-es-x-c1', 'x', 'EU', 'Hola Lucía, tu pedido está en camino y llegará en 24-48 horas.'),
  r('eu-es-fb-c1', 'facebook', 'EU', 'Más de 120 tiendas en 2024 y 3.500 empleados. ¡Gracias!'),
  r(
    'eu-nl-x-c1',
    'x',
    'EU',
    'Hoi Sanne, versie 8.12.0 van de app lost dit op. Update en herstart je telefoon.',
  ),
  r(
    'eu-at-ig-c1',
    'instagram',
    'EU',
    'Am 24.12. haben wir von 8:00 bis 13:00 geöffnet. Frohe Weihnachten! 🎄',
  ),
  r('eu-pl-fb-c1', 'facebook', 'EU', 'Promocja trwa do 31.03.2025, ceny od 49,99 zł. #Wiosna2025'),
  r(
    'eu-se-li-c1',
    'linkedin',
    'EU',
    'Vi har minskat våra utsläpp med 32 % sedan 2018. Läs hela rapporten för 2023.',
  ),
  r('eu-ie-x-c1', 'x', 'EU', 'We are open 9am–6pm on 17/03 for St Patrick’s Day. #Paddys2024'),
  r('eu-pt-fb-c1', 'facebook', 'EU', 'A encomenda foi enviada e chega em 2 a 3 dias úteis.'),
  r('eu-tiktok-c1', 'tiktok', 'EU', 'Part 2 of our 10 step routine 💅 #GRWM #Top10 #2024Trends'),
  r('eu-pin-c1', 'pinterest', 'EU', '25 cosy living room ideas for winter 2024 ✨'),
  r(
    'us-tiktok-c1',
    'tiktok',
    'US',
    'Reply to @jess 🫶 the 3-pack is $24.99 and ships in 2 days! #TikTokMadeMeBuyIt #fyp',
  ),
  r(
    'us-tiktok-1',
    'tiktok',
    'US',
    'Reply to @jess we sent the code to jess.tran2002@icloud.com 💌',
    email('jess.tran2002@icloud.com'),
  ),
  r('uk-pin-c1', 'pinterest', 'UK', '10 easy bakes for a rainy weekend, ready in 45 minutes 🍰'),
  r('uk-x-c4', 'x', 'UK', 'Call us free on 0800 046 1234, lines open 8am–8pm.'),
  r(
    'de-ig-c2',
    'instagram',
    'DE',
    'Gewinnspiel: 3 x 2 Tickets für das Konzert am 14.09.2024 um 20:00 Uhr! #Gewinnspiel #Tickets2024',
  ),
  r(
    'us-mastodon-c1',
    'mastodon',
    'US',
    'Thanks @dana@hachyderm.io! Yes, version 1.4.2 is out now; changelog on our site.',
  ),
];
