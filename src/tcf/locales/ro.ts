import type { TcfMessages } from '../messages.js';

/** Romanian. */
const ro: TcfMessages = {
  intro:
    'Noi și partenerii noștri ({vendors}) stocăm și accesăm informații pe dispozitivul dumneavoastră, precum cookie-urile, și prelucrăm date cu caracter personal, precum identificatori unici și date de navigare, în următoarele scopuri:',
  legitimateInterest: 'Unii parteneri prelucrează date în temeiul interesului lor legitim, în loc să vă ceară consimțământul; vă puteți opune acestui lucru din setări.',
  scope: 'Alegerile dumneavoastră se aplică doar acestui site. Le puteți modifica sau vă puteți retrage consimțământul oricând, cu butonul „Setări cookie-uri”.',
  vendorsLink: 'Vedeți partenerii noștri ({vendors})',
  title: 'Parteneri de publicitate (IAB TCF)',
  purposes: 'Scopuri',
  specialPurposes: 'Scopuri speciale (se aplică întotdeauna, nu pot fi refuzate)',
  features: 'Caracteristici (folosite pentru scopurile de mai sus)',
  specialFeatures: 'Caracteristici speciale',
  vendors: 'Parteneri ({vendors})',
  consent: 'Consimțământ',
  li: 'Interes legitim (dezactivați pentru a vă opune)',
  usedBy: 'Număr de parteneri: {vendors}',
  examples: 'Exemple',
  vendorPurposes: 'Scopuri (consimțământ)',
  vendorLi: 'Scopuri (interes legitim)',
  retention: 'Perioada de păstrare a datelor, în zile: {days}',
  dataCategories: 'Date utilizate',
  cookies: 'Durata maximă de stocare a cookie-urilor, în zile: {days}',
  noCookies: 'Nu stochează cookie-uri',
  otherStorage: 'Folosește și alte forme de stocare pe dispozitiv',
  storageDetails: 'Detalii despre stocarea pe dispozitiv',
  privacy: 'Politica de confidențialitate',
  liClaim: 'Interesul legitim invocat',
  atps: 'Alți furnizori de tehnologie publicitară ({count})',
  atpsText: 'Furnizori cu care colaborează Google și care nu figurează pe lista IAB; o singură alegere pentru toți.',
  atpsLink: 'Lista Google',
};

export default ro;
