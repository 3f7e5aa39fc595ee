import type { TcfMessages } from '../messages.js';

/** Latvian. */
const lv: TcfMessages = {
  intro:
    'Mēs un mūsu partneri (kopā {vendors}) glabājam informāciju jūsu ierīcē, piemēram, sīkdatnes, un piekļūstam tai, kā arī apstrādājam personas datus, piemēram, unikālus identifikatorus un pārlūkošanas datus, šādiem nolūkiem:',
  legitimateInterest: 'Daži partneri apstrādā datus, pamatojoties uz savām leģitīmajām interesēm, nevis lūdzot jūsu piekrišanu; iestatījumos varat iebilst pret to.',
  scope: 'Jūsu izvēle attiecas tikai uz šo vietni. Jebkurā laikā varat to mainīt vai atsaukt savu piekrišanu ar pogu „Sīkdatņu iestatījumi”.',
  vendorsLink: 'Skatīt mūsu partnerus ({vendors})',
  title: 'Reklāmas partneri (IAB TCF)',
  purposes: 'Nolūki',
  specialPurposes: 'Īpaši nolūki (tiek piemēroti vienmēr, no tiem nevar atteikties)',
  features: 'Funkcijas (tiek izmantotas iepriekš minētajiem nolūkiem)',
  specialFeatures: 'Īpašas funkcijas',
  vendors: 'Partneri ({vendors})',
  consent: 'Piekrišana',
  li: 'Leģitīmās intereses (izslēdziet, lai iebilstu)',
  usedBy: 'To izmantojošo partneru skaits: {vendors}',
  examples: 'Piemēri',
  vendorPurposes: 'Nolūki (piekrišana)',
  vendorLi: 'Nolūki (leģitīmās intereses)',
  retention: 'Datu glabāšanas ilgums (dienās): {days}',
  dataCategories: 'Izmantotie dati',
  cookies: 'Maksimālais sīkdatņu glabāšanas ilgums (dienās): {days}',
  noCookies: 'Neglabā sīkdatnes',
  otherStorage: 'Izmanto arī citu ierīces krātuvi',
  storageDetails: 'Sīkāka informācija par glabāšanu ierīcē',
  privacy: 'Privātuma politika',
  liClaim: 'Leģitīmās intereses, uz kurām atsaucas',
  atps: 'Citi reklāmas tehnoloģiju nodrošinātāji ({count})',
  atpsText: 'Nodrošinātāji, ar kuriem sadarbojas Google un kuri nav iekļauti IAB sarakstā; viena izvēle attiecas uz tiem visiem.',
  atpsLink: 'Google saraksts',
};

export default lv;
