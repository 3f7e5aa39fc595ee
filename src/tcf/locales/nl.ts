import type { TcfMessages } from '../messages.js';

/** Dutch. */
const nl: TcfMessages = {
  intro: 'Wij en onze {vendors} partners slaan informatie op uw apparaat op en lezen die uit, zoals cookies, en verwerken persoonsgegevens, zoals unieke ID’s en surfgegevens, voor deze doeleinden:',
  legitimateInterest: 'Sommige partners verwerken gegevens op basis van hun gerechtvaardigd belang in plaats van om uw toestemming te vragen; u kunt daartegen bezwaar maken in de instellingen.',
  scope: 'Uw keuzes gelden alleen voor deze website. U kunt ze op elk moment wijzigen of uw toestemming intrekken met de knop ‘Cookie-instellingen’.',
  vendorsLink: 'Bekijk onze {vendors} partners',
  title: 'Advertentiepartners (IAB TCF)',
  purposes: 'Doeleinden',
  specialPurposes: 'Speciale doeleinden (altijd van toepassing, kunnen niet worden geweigerd)',
  features: 'Functies (gebruikt voor de doeleinden hierboven)',
  specialFeatures: 'Speciale functies',
  vendors: 'Partners ({vendors})',
  consent: 'Toestemming',
  li: 'Gerechtvaardigd belang (uitzetten om bezwaar te maken)',
  usedBy: 'Gebruikt door {vendors} partners',
  examples: 'Voorbeelden',
  vendorPurposes: 'Doeleinden (toestemming)',
  vendorLi: 'Doeleinden (gerechtvaardigd belang)',
  retention: 'Bewaart gegevens {days} dagen',
  dataCategories: 'Gebruikte gegevens',
  cookies: 'Slaat cookies op voor maximaal {days} dagen',
  noCookies: 'Slaat geen cookies op',
  otherStorage: 'Gebruikt ook andere opslag op het apparaat',
  storageDetails: 'Details over opslag op het apparaat',
  privacy: 'Privacyverklaring',
  liClaim: 'Nagestreefd gerechtvaardigd belang',
  atps: 'Andere aanbieders van advertentietechnologie ({count})',
  atpsText: 'Aanbieders waarmee Google samenwerkt en die niet op de lijst van het IAB staan; één keuze voor allemaal.',
  atpsLink: 'Lijst van Google',
};

export default nl;
