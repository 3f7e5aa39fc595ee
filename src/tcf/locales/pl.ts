import type { TcfMessages } from '../messages.js';

/** Polish. */
const pl: TcfMessages = {
  intro:
    'My i nasi partnerzy (łącznie {vendors}) przechowujemy informacje na Twoim urządzeniu, takie jak pliki cookie, i uzyskujemy do nich dostęp, a także przetwarzamy dane osobowe, takie jak unikalne identyfikatory i dane o przeglądaniu, w następujących celach:',
  legitimateInterest: 'Niektórzy partnerzy przetwarzają dane na podstawie swojego prawnie uzasadnionego interesu, zamiast prosić o zgodę; możesz się temu sprzeciwić w ustawieniach.',
  scope: 'Twoje wybory dotyczą tylko tego serwisu. W każdej chwili możesz je zmienić lub wycofać zgodę za pomocą przycisku „Ustawienia plików cookie”.',
  vendorsLink: 'Zobacz naszych partnerów ({vendors})',
  title: 'Partnerzy reklamowi (IAB TCF)',
  purposes: 'Cele',
  specialPurposes: 'Cele specjalne (stosowane zawsze, nie można ich odrzucić)',
  features: 'Funkcje (wykorzystywane w powyższych celach)',
  specialFeatures: 'Funkcje specjalne',
  vendors: 'Partnerzy ({vendors})',
  consent: 'Zgoda',
  li: 'Prawnie uzasadniony interes (wyłącz, aby się sprzeciwić)',
  usedBy: 'Liczba partnerów, którzy z tego korzystają: {vendors}',
  examples: 'Przykłady',
  vendorPurposes: 'Cele (zgoda)',
  vendorLi: 'Cele (prawnie uzasadniony interes)',
  retention: 'Przechowuje dane przez {days} dni',
  dataCategories: 'Wykorzystywane dane',
  cookies: 'Przechowuje pliki cookie maksymalnie przez {days} dni',
  noCookies: 'Nie przechowuje plików cookie',
  otherStorage: 'Korzysta też z innych sposobów przechowywania danych na urządzeniu',
  storageDetails: 'Szczegóły przechowywania danych na urządzeniu',
  privacy: 'Polityka prywatności',
  liClaim: 'Realizowany prawnie uzasadniony interes',
  atps: 'Inni dostawcy technologii reklamowych ({count})',
  atpsText: 'Dostawcy, z którymi współpracuje Google i których nie ma na liście IAB; jeden wybór dotyczy ich wszystkich.',
  atpsLink: 'Lista Google',
};

export default pl;
