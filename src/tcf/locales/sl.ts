import type { TcfMessages } from '../messages.js';

/** Slovenian. */
const sl: TcfMessages = {
  intro:
    'Mi in naši partnerji (skupaj {vendors}) shranjujemo podatke v vaši napravi, na primer piškotke, in dostopamo do njih ter obdelujemo osebne podatke, na primer enolične identifikatorje in podatke o brskanju, za te namene:',
  legitimateInterest: 'Nekateri partnerji obdelujejo podatke na podlagi svojega zakonitega interesa, namesto da bi vas prosili za privolitev; temu lahko ugovarjate v nastavitvah.',
  scope: 'Vaše izbire veljajo samo za to spletno mesto. Kadar koli jih lahko spremenite ali prekličete privolitev z gumbom »Nastavitve piškotkov«.',
  vendorsLink: 'Oglejte si naše partnerje ({vendors})',
  title: 'Oglaševalski partnerji (IAB TCF)',
  purposes: 'Nameni',
  specialPurposes: 'Posebni nameni (vedno veljajo, ni jih mogoče zavrniti)',
  features: 'Funkcije (uporabljene za zgornje namene)',
  specialFeatures: 'Posebne funkcije',
  vendors: 'Partnerji ({vendors})',
  consent: 'Privolitev',
  li: 'Zakoniti interes (izklopite, če želite ugovarjati)',
  usedBy: 'Število partnerjev, ki to uporabljajo: {vendors}',
  examples: 'Primeri',
  vendorPurposes: 'Nameni (privolitev)',
  vendorLi: 'Nameni (zakoniti interes)',
  retention: 'Podatke hrani {days} dni',
  dataCategories: 'Uporabljeni podatki',
  cookies: 'Piškotke shranjuje največ {days} dni',
  noCookies: 'Ne shranjuje piškotkov',
  otherStorage: 'Uporablja tudi drugo shrambo v napravi',
  storageDetails: 'Podrobnosti o shranjevanju v napravi',
  privacy: 'Politika zasebnosti',
  liClaim: 'Zakoniti interes, na katerega se sklicuje',
  atps: 'Drugi ponudniki oglaševalske tehnologije ({count})',
  atpsText: 'Ponudniki, s katerimi sodeluje Google in ki niso na seznamu IAB; ena izbira velja za vse.',
  atpsLink: 'Googlov seznam',
};

export default sl;
