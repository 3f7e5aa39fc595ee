import type { Messages } from '../core/types.js';

/** Estonian. */
const et: Messages = {
  bannerTitle: 'Hindame teie privaatsust',
  bannerText:
    'Kasutame küpsiseid ja sarnaseid tehnoloogiaid. Need, mida veebisait toimimiseks vajab, on alati sees; ülejäänud ainult teie nõusolekul. Saate oma nõusolekut igal ajal muuta või selle tagasi võtta lingi „Küpsiste seaded“ kaudu.',
  purposesText: '„Nõustu kõigiga“ lubab: {purposes}.',
  thirdPartiesText: 'Andmeid jagatakse kolmandate isikutega järgmistel eesmärkidel: {purposes}.',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  policyLink: 'Privaatsuspoliitika',
  preferencesTitle: 'Küpsiste seaded',
  preferencesText:
    'Valige, milliseid küpsiseid võime kasutada. Rangelt vajalikud küpsised on alati aktiivsed, sest ilma nendeta veebisait ei toimi. Teie valik kehtib sellel veebisaidil ja seda saab igal ajal muuta.',
  save: 'Salvesta valikud',
  close: 'Sulge salvestamata',
  alwaysOn: 'Alati aktiivsed',
  reopen: 'Küpsiste seaded',
  saved: 'Teie küpsiste valikud on salvestatud.',
  gpcHonoured: 'Teie brauser saadab loobumissignaali Global Privacy Control. Austame seda: see kategooria jääb välja lülitatuks, kui te seda ise sisse ei lülita.',
  gpcOverridden: 'Teie brauser saadab loobumissignaali Global Privacy Control, kuid te lülitasite selle kategooria ise sisse. Lülitage see välja, et signaali järgida.',
  cookieName: 'Nimi',
  cookieProvider: 'Pakkuja',
  cookiePurpose: 'Eesmärk',
  cookieDuration: 'Kestus',
  cookieTable: 'Kasutatavad küpsised',
  cookieParty: 'Seadja',
  firstParty: 'See veebisait',
  thirdParty: 'Kolmas isik',
  cookiePrefix: 'nimed, mis algavad eesliitega {prefix}',
  cookiePattern: 'nimed, mis vastavad mustrile {pattern}',
  optOutText:
    'Kasutame küpsiseid statistika ja reklaami jaoks, mis võib tähendada andmete jagamist meie partneritega. Saate sellest igal ajal loobuda: valige siin „Keeldu kõigist“ või kasutage hiljem linki „Küpsiste seaded“.',
  embedText: 'Teenuse {provider} sisu on blokeeritud ja kuvatakse alles siis, kui lubate kategooria „{category}“ küpsised.',
  embedButton: 'Luba ja laadi',
  categories: {
    necessary: {
      label: 'Rangelt vajalikud',
      description: 'Vajalikud veebisaidi toimimiseks, näiteks selle turvalisuse tagamiseks ja teie küpsiste valikute meeldejätmiseks. Neid ei saa välja lülitada.',
    },
    preferences: {
      label: 'Eelistused',
      description: 'Jätavad meelde seaded, näiteks teie keele või piirkonna, et veebisait toimiks nii, nagu olete valinud.',
    },
    analytics: {
      label: 'Analüütika',
      description: 'Aitavad meil anonüümitud statistika abil mõista, kuidas veebisaiti kasutatakse, et saaksime seda parandada.',
    },
    marketing: {
      label: 'Turundus',
      description: 'Meie ja meie partnerid kasutavad neid, et näidata teile asjakohasemaid reklaame ja mõõta nende mõju.',
    },
  },
};

export default et;
