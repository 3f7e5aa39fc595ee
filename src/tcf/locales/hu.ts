import type { TcfMessages } from '../messages.js';

/** Hungarian. */
const hu: TcfMessages = {
  intro:
    'Mi és {vendors} partnerünk információkat tárolunk az Ön eszközén, például sütiket, és hozzáférünk azokhoz, valamint személyes adatokat, például egyedi azonosítókat és böngészési adatokat kezelünk a következő célokra:',
  legitimateInterest: 'Egyes partnerek hozzájárulás kérése helyett jogos érdekük alapján kezelnek adatokat; ez ellen a beállításokban tiltakozhat.',
  scope: 'Választásai csak erre a webhelyre vonatkoznak. Bármikor módosíthatja őket, vagy visszavonhatja hozzájárulását a „Sütibeállítások” gombbal.',
  vendorsLink: 'Partnereink megtekintése ({vendors})',
  title: 'Hirdetési partnerek (IAB TCF)',
  purposes: 'Célok',
  specialPurposes: 'Különleges célok (mindig érvényesek, nem utasíthatók el)',
  features: 'Funkciók (a fenti célokhoz használatosak)',
  specialFeatures: 'Különleges funkciók',
  vendors: 'Partnerek ({vendors})',
  consent: 'Hozzájárulás',
  li: 'Jogos érdek (kapcsolja ki, ha tiltakozni szeretne)',
  usedBy: '{vendors} partner használja',
  examples: 'Példák',
  vendorPurposes: 'Célok (hozzájárulás)',
  vendorLi: 'Célok (jogos érdek)',
  retention: '{days} napig őrzi meg az adatokat',
  dataCategories: 'Felhasznált adatok',
  cookies: 'Legfeljebb {days} napig tárol sütiket',
  noCookies: 'Nem tárol sütiket',
  otherStorage: 'Az eszköz más tárhelyét is használja',
  storageDetails: 'Az eszközön történő tárolás részletei',
  privacy: 'Adatvédelmi tájékoztató',
  liClaim: 'Az érvényesített jogos érdek',
  atps: 'Egyéb reklámtechnológiai szolgáltatók ({count})',
  atpsText: 'Szolgáltatók, amelyekkel a Google együttműködik, és amelyek nem szerepelnek az IAB listáján; egyetlen választás vonatkozik mindegyikükre.',
  atpsLink: 'A Google listája',
};

export default hu;
