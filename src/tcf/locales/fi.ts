import type { TcfMessages } from '../messages.js';

/** Finnish. */
const fi: TcfMessages = {
  intro:
    'Me ja {vendors} kumppaniamme tallennamme tietoja laitteellesi ja luemme niitä, esimerkiksi evästeitä, sekä käsittelemme henkilötietoja, kuten yksilöllisiä tunnisteita ja selaustietoja, seuraaviin käyttötarkoituksiin:',
  legitimateInterest: 'Osa kumppaneista käsittelee tietoja oikeutetun etunsa perusteella suostumuksen pyytämisen sijaan. Voit vastustaa tätä asetuksissa.',
  scope: 'Valintasi koskevat vain tätä sivustoa. Voit muuttaa niitä tai peruuttaa suostumuksesi milloin tahansa ”Evästeasetukset”-painikkeella.',
  vendorsLink: 'Näytä {vendors} kumppaniamme',
  title: 'Mainoskumppanit (IAB TCF)',
  purposes: 'Käyttötarkoitukset',
  specialPurposes: 'Erityiset käyttötarkoitukset (aina käytössä, niistä ei voi kieltäytyä)',
  features: 'Ominaisuudet (käytetään yllä mainittuihin tarkoituksiin)',
  specialFeatures: 'Erityisominaisuudet',
  vendors: 'Kumppanit ({vendors})',
  consent: 'Suostumus',
  li: 'Oikeutettu etu (poista käytöstä, jos vastustat)',
  usedBy: 'Käytössä {vendors} kumppanilla',
  examples: 'Esimerkkejä',
  vendorPurposes: 'Käyttötarkoitukset (suostumus)',
  vendorLi: 'Käyttötarkoitukset (oikeutettu etu)',
  retention: 'Säilyttää tietoja {days} päivän ajan',
  dataCategories: 'Käytettävät tiedot',
  cookies: 'Tallentaa evästeitä enintään {days} päivän ajaksi',
  noCookies: 'Ei tallenna evästeitä',
  otherStorage: 'Käyttää myös muuta laitteen tallennustilaa',
  storageDetails: 'Tietoja laitteen tallennustilan käytöstä',
  privacy: 'Tietosuojaseloste',
  liClaim: 'Oikeutettu etu, johon vedotaan',
  atps: 'Muut mainosteknologian tarjoajat ({count})',
  atpsText: 'Tarjoajat, joiden kanssa Google tekee yhteistyötä ja jotka eivät ole IAB:n luettelossa; yksi valinta koskee niitä kaikkia.',
  atpsLink: 'Googlen luettelo',
};

export default fi;
