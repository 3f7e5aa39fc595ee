import type { TcfMessages } from '../messages.js';

/** Croatian. */
const hr: TcfMessages = {
  intro:
    'Mi i naši partneri (ukupno {vendors}) pohranjujemo informacije na vašem uređaju, primjerice kolačiće, i pristupamo im te obrađujemo osobne podatke, primjerice jedinstvene identifikatore i podatke o pregledavanju, u ove svrhe:',
  legitimateInterest: 'Neki partneri obrađuju podatke na temelju svojeg legitimnog interesa umjesto da traže vašu privolu; tome se možete usprotiviti u postavkama.',
  scope: 'Vaši odabiri vrijede samo za ovu stranicu. U bilo kojem trenutku možete ih promijeniti ili povući privolu gumbom „Postavke kolačića“.',
  vendorsLink: 'Pogledajte naše partnere ({vendors})',
  title: 'Oglašivački partneri (IAB TCF)',
  purposes: 'Svrhe',
  specialPurposes: 'Posebne svrhe (uvijek se primjenjuju, ne mogu se odbiti)',
  features: 'Značajke (upotrebljavaju se za navedene svrhe)',
  specialFeatures: 'Posebne značajke',
  vendors: 'Partneri ({vendors})',
  consent: 'Privola',
  li: 'Legitimni interes (isključite ako se želite usprotiviti)',
  usedBy: 'Broj partnera koji to upotrebljavaju: {vendors}',
  examples: 'Primjeri',
  vendorPurposes: 'Svrhe (privola)',
  vendorLi: 'Svrhe (legitimni interes)',
  retention: 'Čuva podatke {days} dana',
  dataCategories: 'Upotrijebljeni podaci',
  cookies: 'Pohranjuje kolačiće najdulje {days} dana',
  noCookies: 'Ne pohranjuje kolačiće',
  otherStorage: 'Upotrebljava i drugu pohranu na uređaju',
  storageDetails: 'Pojedinosti o pohrani na uređaju',
  privacy: 'Pravila privatnosti',
  liClaim: 'Legitimni interes na koji se poziva',
  atps: 'Ostali pružatelji oglašivačke tehnologije ({count})',
  atpsText: 'Pružatelji s kojima Google surađuje, a koji nisu na popisu IAB-a; jedan odabir vrijedi za sve njih.',
  atpsLink: 'Googleov popis',
};

export default hr;
