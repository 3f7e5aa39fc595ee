import type { TcfMessages } from '../messages.js';

/** Danish. */
const da: TcfMessages = {
  intro: 'Vi og vores {vendors} partnere gemmer og tilgår oplysninger på din enhed, f.eks. cookies, og behandler personoplysninger, f.eks. unikke id’er og browserdata, til disse formål:',
  legitimateInterest: 'Nogle partnere behandler data på grundlag af deres legitime interesse i stedet for at bede om dit samtykke; du kan gøre indsigelse mod det i indstillingerne.',
  scope: 'Dine valg gælder kun for dette website. Du kan til enhver tid ændre dem eller trække dit samtykke tilbage med knappen »Cookieindstillinger«.',
  vendorsLink: 'Se vores {vendors} partnere',
  title: 'Annoncepartnere (IAB TCF)',
  purposes: 'Formål',
  specialPurposes: 'Særlige formål (gælder altid og kan ikke fravælges)',
  features: 'Funktioner (bruges til formålene ovenfor)',
  specialFeatures: 'Særlige funktioner',
  vendors: 'Partnere ({vendors})',
  consent: 'Samtykke',
  li: 'Legitim interesse (slå fra for at gøre indsigelse)',
  usedBy: 'Bruges af {vendors} partnere',
  examples: 'Eksempler',
  vendorPurposes: 'Formål (samtykke)',
  vendorLi: 'Formål (legitim interesse)',
  retention: 'Opbevarer data i {days} dage',
  dataCategories: 'Anvendte data',
  cookies: 'Gemmer cookies i op til {days} dage',
  noCookies: 'Gemmer ingen cookies',
  otherStorage: 'Bruger også anden lagring på enheden',
  storageDetails: 'Detaljer om lagring på enheden',
  privacy: 'Privatlivspolitik',
  liClaim: 'Den legitime interesse, der forfølges',
  atps: 'Andre udbydere af annonceteknologi ({count})',
  atpsText: 'Udbydere, som Google samarbejder med, og som ikke står på IAB’s liste; ét valg for dem alle.',
  atpsLink: 'Googles liste',
};

export default da;
