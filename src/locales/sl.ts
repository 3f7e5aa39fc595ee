import type { Messages } from '../core/types.js';

/** Slovenian. */
const sl: Messages = {
  bannerTitle: 'Cenimo vašo zasebnost',
  bannerText:
    'Uporabljamo piškotke in podobne tehnologije. Tisti, ki jih spletno mesto potrebuje za delovanje, so vedno vklopljeni, drugi pa le z vašo privolitvijo. Privolitev lahko kadar koli spremenite ali prekličete prek povezave »Nastavitve piškotkov«.',
  purposesText: '»Sprejmi vse« dovoli: {purposes}.',
  thirdPartiesText: 'Podatki se delijo s tretjimi osebami za te namene: {purposes}.',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  policyLink: 'Politika zasebnosti',
  preferencesTitle: 'Nastavitve piškotkov',
  preferencesText:
    'Izberite, katere piškotke smemo uporabljati. Nujno potrebni piškotki so vedno vklopljeni, ker spletno mesto brez njih ne more delovati. Vaša izbira velja za to spletno mesto in jo lahko kadar koli spremenite.',
  save: 'Shrani izbiro',
  close: 'Zapri brez shranjevanja',
  alwaysOn: 'Vedno vklopljeni',
  reopen: 'Nastavitve piškotkov',
  saved: 'Vaša izbira piškotkov je shranjena.',
  gpcHonoured: 'Vaš brskalnik pošilja signal zavrnitve Global Privacy Control. Upoštevamo ga: ta kategorija ostane izklopljena, razen če jo vklopite sami.',
  gpcOverridden: 'Vaš brskalnik pošilja signal zavrnitve Global Privacy Control, vendar ste to kategorijo vklopili sami. Izklopite jo, če želite upoštevati signal.',
  cookieName: 'Ime',
  cookieProvider: 'Ponudnik',
  cookiePurpose: 'Namen',
  cookieDuration: 'Trajanje',
  cookieTable: 'Uporabljeni piškotki',
  cookieParty: 'Nastavi',
  firstParty: 'To spletno mesto',
  thirdParty: 'Tretja oseba',
  cookiePrefix: 'imena z začetkom {prefix}',
  cookiePattern: 'imena, ki ustrezajo vzorcu {pattern}',
  optOutText:
    'Piškotke uporabljamo za statistiko in oglaševanje, kar lahko vključuje deljenje podatkov z našimi partnerji. Temu lahko kadar koli ugovarjate: tukaj izberite »Zavrni vse« ali pozneje uporabite povezavo »Nastavitve piškotkov«.',
  embedText: 'Ta vsebina storitve {provider} je blokirana, dokler ne dovolite piškotkov iz kategorije »{category}«.',
  embedButton: 'Dovoli in naloži',
  categories: {
    necessary: {
      label: 'Nujno potrebni',
      description: 'Potrebni za delovanje spletnega mesta, na primer za njegovo varnost in za shranjevanje vaše izbire piškotkov. Ni jih mogoče izklopiti.',
    },
    preferences: {
      label: 'Preference',
      description: 'Zapomnijo si nastavitve, kot sta jezik ali regija, da spletno mesto deluje tako, kot ste izbrali.',
    },
    analytics: {
      label: 'Analitika',
      description: 'Z anonimiziranimi statističnimi podatki nam pomagajo razumeti, kako se spletno mesto uporablja, da ga lahko izboljšamo.',
    },
    marketing: {
      label: 'Trženje',
      description: 'Uporabljamo jih mi in naši partnerji, da vam prikazujemo ustreznejše oglase in merimo njihov učinek.',
    },
  },
};

export default sl;
