import type { Messages } from '../core/types.js';

/** Lithuanian. */
const lt: Messages = {
  bannerTitle: 'Mums rūpi jūsų privatumas',
  bannerText:
    'Naudojame slapukus ir panašias technologijas. Tie, kurių reikia svetainei veikti, visada įjungti, o kiti – tik gavus jūsų sutikimą. Savo sutikimą bet kada galite pakeisti arba atšaukti per nuorodą „Slapukų nustatymai“.',
  purposesText: 'Pasirinkus „Priimti visus“ leidžiama: {purposes}.',
  thirdPartiesText: 'Duomenimis su trečiosiomis šalimis dalijamasi šiais tikslais: {purposes}.',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  policyLink: 'Privatumo politika',
  preferencesTitle: 'Slapukų nustatymai',
  preferencesText:
    'Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti, nes be jų svetainė negali veikti. Jūsų pasirinkimas taikomas šiai svetainei ir jį bet kada galima pakeisti.',
  save: 'Išsaugoti pasirinkimą',
  close: 'Uždaryti neišsaugojus',
  alwaysOn: 'Visada įjungti',
  reopen: 'Slapukų nustatymai',
  saved: 'Jūsų slapukų pasirinkimas išsaugotas.',
  gpcHonoured: 'Jūsų naršyklė siunčia atsisakymo signalą „Global Privacy Control“. Jį gerbiame: ši kategorija lieka išjungta, nebent ją įjungtumėte patys.',
  gpcOverridden: 'Jūsų naršyklė siunčia atsisakymo signalą „Global Privacy Control“, tačiau šią kategoriją įjungėte patys. Išjunkite ją, jei norite laikytis signalo.',
  cookieName: 'Pavadinimas',
  cookieProvider: 'Teikėjas',
  cookiePurpose: 'Paskirtis',
  cookieDuration: 'Trukmė',
  cookieTable: 'Naudojami slapukai',
  cookieParty: 'Nustato',
  firstParty: 'Ši svetainė',
  thirdParty: 'Trečioji šalis',
  cookiePrefix: 'pavadinimai, prasidedantys {prefix}',
  cookiePattern: 'pavadinimai, atitinkantys šabloną {pattern}',
  optOutText:
    'Naudojame slapukus statistikai ir reklamai, o tai gali apimti dalijimąsi duomenimis su mūsų partneriais. Jų bet kada galite atsisakyti: čia pasirinkite „Atmesti visus“ arba vėliau pasinaudokite nuoroda „Slapukų nustatymai“.',
  embedText: 'Šis {provider} turinys užblokuotas, kol neleisite kategorijos „{category}“ slapukų.',
  embedButton: 'Leisti ir įkelti',
  categories: {
    necessary: {
      label: 'Būtinieji',
      description: 'Reikalingi, kad svetainė veiktų, pavyzdžiui, jos saugumui užtikrinti ir jūsų slapukų pasirinkimui įsiminti. Jų negalima išjungti.',
    },
    preferences: {
      label: 'Nuostatos',
      description: 'Įsimena nustatymus, pavyzdžiui, jūsų kalbą ar regioną, kad svetainė veiktų taip, kaip pasirinkote.',
    },
    analytics: {
      label: 'Analitika',
      description: 'Padeda mums iš anonimizuotos statistikos suprasti, kaip naudojamasi svetaine, kad galėtume ją tobulinti.',
    },
    marketing: {
      label: 'Rinkodara',
      description: 'Juos naudojame mes ir mūsų partneriai, kad rodytume jums aktualesnę reklamą ir įvertintume jos poveikį.',
    },
  },
};

export default lt;
