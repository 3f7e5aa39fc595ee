import type { Messages } from '../core/types.js';

/** Finnish. */
const fi: Messages = {
  bannerTitle: 'Arvostamme yksityisyyttäsi',
  bannerText:
    'Käytämme evästeitä ja vastaavia tekniikoita. Sivuston toiminnalle välttämättömät ovat aina käytössä, muut vain suostumuksellasi. Voit muuttaa tai peruuttaa suostumuksesi milloin tahansa ”Evästeasetukset”-linkin kautta.',
  purposesText: '”Hyväksy kaikki” sallii seuraavat: {purposes}.',
  thirdPartiesText: 'Tietoja jaetaan kolmansille osapuolille seuraaviin tarkoituksiin: {purposes}.',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  policyLink: 'Tietosuojaseloste',
  preferencesTitle: 'Evästeasetukset',
  preferencesText:
    'Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä. Valintasi koskee tätä sivustoa, ja voit muuttaa sitä milloin tahansa.',
  save: 'Tallenna valinnat',
  close: 'Sulje tallentamatta',
  alwaysOn: 'Aina käytössä',
  reopen: 'Evästeasetukset',
  saved: 'Evästevalintasi on tallennettu.',
  gpcHonoured: 'Selaimesi lähettää Global Privacy Control -kieltäytymissignaalin. Noudatamme sitä: tämä luokka pysyy poissa käytöstä, ellet itse ota sitä käyttöön.',
  gpcOverridden: 'Selaimesi lähettää Global Privacy Control -kieltäytymissignaalin, mutta olet itse ottanut tämän luokan käyttöön. Poista se käytöstä, jos haluat noudattaa signaalia.',
  cookieName: 'Nimi',
  cookieProvider: 'Tarjoaja',
  cookiePurpose: 'Käyttötarkoitus',
  cookieDuration: 'Säilytysaika',
  cookieTable: 'Käytetyt evästeet',
  cookieParty: 'Asettaja',
  firstParty: 'Tämä sivusto',
  thirdParty: 'Kolmas osapuoli',
  cookiePrefix: 'nimet, joiden alku on {prefix}',
  cookiePattern: 'nimet, jotka vastaavat lauseketta {pattern}',
  optOutText:
    'Käytämme evästeitä tilastointiin ja mainontaan, mihin voi liittyä tietojen jakamista kumppaneidemme kanssa. Voit kieltäytyä niistä milloin tahansa: valitse tästä ”Hylkää kaikki” tai käytä myöhemmin ”Evästeasetukset”-linkkiä.',
  embedText: 'Palvelun {provider} sisältö on estetty, kunnes sallit ”{category}”-evästeet.',
  embedButton: 'Salli ja lataa',
  categories: {
    necessary: {
      label: 'Välttämättömät',
      description: 'Tarvitaan sivuston toimintaan, esimerkiksi sen turvallisuuden ylläpitoon ja evästevalintojesi muistamiseen. Niitä ei voi poistaa käytöstä.',
    },
    preferences: {
      label: 'Mieltymykset',
      description: 'Muistavat asetuksesi, kuten kielen tai alueen, jotta sivusto toimii valitsemallasi tavalla.',
    },
    analytics: {
      label: 'Analytiikka',
      description: 'Auttavat meitä ymmärtämään anonymisoitujen tilastojen avulla, miten sivustoa käytetään, jotta voimme parantaa sitä.',
    },
    marketing: {
      label: 'Markkinointi',
      description: 'Meidän ja kumppaneidemme käyttämiä evästeitä, joilla näytetään sinulle osuvampaa mainontaa ja mitataan sen vaikutusta.',
    },
  },
};

export default fi;
