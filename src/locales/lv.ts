import type { Messages } from '../core/types.js';

/** Latvian. */
const lv: Messages = {
  bannerTitle: 'Mums rūp jūsu privātums',
  bannerText:
    'Mēs izmantojam sīkdatnes un līdzīgas tehnoloģijas. Tās, kas nepieciešamas vietnes darbībai, vienmēr ir ieslēgtas, bet pārējās – tikai ar jūsu piekrišanu. Jūs jebkurā laikā varat mainīt vai atsaukt savu piekrišanu, izmantojot saiti „Sīkdatņu iestatījumi”.',
  purposesText: '„Pieņemt visu” atļauj: {purposes}.',
  thirdPartiesText: 'Dati tiek kopīgoti ar trešajām personām šādiem nolūkiem: {purposes}.',
  acceptAll: 'Pieņemt visu',
  rejectAll: 'Noraidīt visu',
  customize: 'Pielāgot',
  policyLink: 'Privātuma politika',
  preferencesTitle: 'Sīkdatņu iestatījumi',
  preferencesText:
    'Izvēlieties, kuras sīkdatnes mēs drīkstam izmantot. Absolūti nepieciešamās sīkdatnes vienmēr ir ieslēgtas, jo bez tām vietne nevar darboties. Jūsu izvēle attiecas uz šo vietni, un to var jebkurā laikā mainīt.',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt, nesaglabājot',
  alwaysOn: 'Vienmēr ieslēgtas',
  reopen: 'Sīkdatņu iestatījumi',
  saved: 'Jūsu sīkdatņu izvēle ir saglabāta.',
  gpcHonoured: 'Jūsu pārlūkprogramma sūta Global Privacy Control atteikuma signālu. Mēs to ievērojam: šī kategorija paliek izslēgta, ja vien jūs to neieslēdzat paši.',
  gpcOverridden: 'Jūsu pārlūkprogramma sūta Global Privacy Control atteikuma signālu, taču jūs šo kategoriju ieslēdzāt paši. Izslēdziet to, lai ievērotu signālu.',
  cookieName: 'Nosaukums',
  cookieProvider: 'Nodrošinātājs',
  cookiePurpose: 'Nolūks',
  cookieDuration: 'Ilgums',
  cookieTable: 'Izmantotās sīkdatnes',
  cookieParty: 'Iestata',
  firstParty: 'Šī vietne',
  thirdParty: 'Trešā puse',
  cookiePrefix: 'nosaukumi, kas sākas ar {prefix}',
  cookiePattern: 'nosaukumi, kas atbilst šablonam {pattern}',
  optOutText:
    'Mēs izmantojam sīkdatnes statistikai un reklāmai, kas var ietvert datu kopīgošanu ar mūsu partneriem. Jūs jebkurā laikā varat no tām atteikties: izvēlieties šeit „Noraidīt visu” vai vēlāk izmantojiet saiti „Sīkdatņu iestatījumi”.',
  embedText: 'Pakalpojuma {provider} saturs ir bloķēts, kamēr neatļausiet kategorijas „{category}” sīkdatnes.',
  embedButton: 'Atļaut un ielādēt',
  categories: {
    necessary: {
      label: 'Absolūti nepieciešamās',
      description: 'Vajadzīgas vietnes darbībai, piemēram, tās drošībai un jūsu sīkdatņu izvēles atcerēšanai. Tās nevar izslēgt.',
    },
    preferences: {
      label: 'Preferences',
      description: 'Atceras iestatījumus, piemēram, jūsu valodu vai reģionu, lai vietne darbotos tā, kā esat izvēlējušies.',
    },
    analytics: {
      label: 'Analītika',
      description: 'Ar anonimizētas statistikas starpniecību palīdz mums saprast, kā vietne tiek izmantota, lai mēs to varētu uzlabot.',
    },
    marketing: {
      label: 'Mārketings',
      description: 'Tās izmantojam mēs un mūsu partneri, lai rādītu jums atbilstošākas reklāmas un novērtētu to efektivitāti.',
    },
  },
};

export default lv;
