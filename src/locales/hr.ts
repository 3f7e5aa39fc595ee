import type { Messages } from '../core/types.js';

/** Croatian. */
const hr: Messages = {
  bannerTitle: 'Cijenimo vašu privatnost',
  bannerText:
    'Upotrebljavamo kolačiće i slične tehnologije. Oni koji su stranici potrebni za rad uvijek su uključeni, a ostali samo uz vašu privolu. Privolu možete u bilo kojem trenutku promijeniti ili povući putem poveznice „Postavke kolačića“.',
  purposesText: 'Odabirom „Prihvati sve“ dopuštate: {purposes}.',
  thirdPartiesText: 'Podaci se dijele s trećim stranama u sljedeće svrhe: {purposes}.',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  policyLink: 'Pravila privatnosti',
  preferencesTitle: 'Postavke kolačića',
  preferencesText:
    'Odaberite koje kolačiće smijemo upotrebljavati. Strogo nužni kolačići uvijek su uključeni jer stranica bez njih ne može raditi. Vaš odabir vrijedi za ovu stranicu i možete ga promijeniti u bilo kojem trenutku.',
  save: 'Spremi odabir',
  close: 'Zatvori bez spremanja',
  alwaysOn: 'Uvijek uključeni',
  reopen: 'Postavke kolačića',
  saved: 'Vaš odabir kolačića spremljen je.',
  gpcHonoured: 'Vaš preglednik šalje signal odbijanja Global Privacy Control. Poštujemo ga: ova kategorija ostaje isključena osim ako je sami ne uključite.',
  gpcOverridden: 'Vaš preglednik šalje signal odbijanja Global Privacy Control, ali ste ovu kategoriju sami uključili. Isključite je kako biste slijedili signal.',
  cookieName: 'Naziv',
  cookieProvider: 'Pružatelj',
  cookiePurpose: 'Svrha',
  cookieDuration: 'Trajanje',
  cookieTable: 'Kolačići koje upotrebljavamo',
  cookieParty: 'Postavlja',
  firstParty: 'Ova stranica',
  thirdParty: 'Treća strana',
  cookiePrefix: 'nazivi koji počinju s {prefix}',
  cookiePattern: 'nazivi koji odgovaraju uzorku {pattern}',
  optOutText:
    'Kolačiće upotrebljavamo za statistiku i oglašavanje, što može uključivati dijeljenje podataka s našim partnerima. Tome se možete usprotiviti u bilo kojem trenutku: ovdje odaberite „Odbij sve“ ili kasnije upotrijebite poveznicu „Postavke kolačića“.',
  embedText: 'Ovaj sadržaj usluge {provider} blokiran je dok ne dopustite kolačiće iz kategorije „{category}“.',
  embedButton: 'Dopusti i učitaj',
  categories: {
    necessary: {
      label: 'Strogo nužni',
      description: 'Potrebni za rad stranice, primjerice za njezinu sigurnost i pamćenje vašeg odabira kolačića. Ne mogu se isključiti.',
    },
    preferences: {
      label: 'Preferencije',
      description: 'Pamte postavke poput jezika ili regije kako bi stranica radila onako kako ste odabrali.',
    },
    analytics: {
      label: 'Analitika',
      description: 'Pomoću anonimiziranih statističkih podataka pomažu nam razumjeti korištenje stranice kako bismo je mogli poboljšati.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Upotrebljavamo ih mi i naši partneri kako bismo vam prikazivali relevantnije oglase i mjerili njihov učinak.',
    },
  },
};

export default hr;
