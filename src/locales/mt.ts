import type { Messages } from '../core/types.js';

/** Maltese. */
const mt: Messages = {
  bannerTitle: 'Il-privatezza tiegħek hija importanti għalina',
  bannerText:
    'Nużaw il-cookies u teknoloġiji simili. Dawk li s-sit jeħtieġ biex jaħdem huma dejjem attivi; l-oħrajn biss bil-kunsens tiegħek. Tista’ tibdel jew tirtira l-kunsens tiegħek fi kwalunkwe ħin permezz tal-link “Issettjar tal-cookies”.',
  purposesText: '“Aċċetta kollox” jippermetti: {purposes}.',
  thirdPartiesText: 'Id-data tinqasam ma’ partijiet terzi għal dawn l-għanijiet: {purposes}.',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Ippersonalizza',
  policyLink: 'Politika tal-privatezza',
  preferencesTitle: 'Issettjar tal-cookies',
  preferencesText:
    'Agħżel liema cookies nistgħu nużaw. Il-cookies strettament meħtieġa huma dejjem attivi għax is-sit ma jistax jaħdem mingħajrhom. L-għażla tiegħek tapplika għal dan is-sit u tista’ tinbidel fi kwalunkwe ħin.',
  save: 'Issejvja l-għażliet',
  close: 'Agħlaq mingħajr ma tissejvja',
  alwaysOn: 'Dejjem attivi',
  reopen: 'Issettjar tal-cookies',
  saved: 'L-għażliet tiegħek dwar il-cookies ġew issejvjati.',
  gpcHonoured: 'Il-browser tiegħek jibgħat sinjal ta’ opt-out Global Privacy Control. Nirrispettawh: din il-kategorija tibqa’ mitfija sakemm ma tixgħelhiex int stess.',
  gpcOverridden: 'Il-browser tiegħek jibgħat sinjal ta’ opt-out Global Privacy Control, iżda int stess xgħelt din il-kategorija. Itfiha biex issegwi s-sinjal.',
  cookieName: 'Isem',
  cookieProvider: 'Fornitur',
  cookiePurpose: 'Skop',
  cookieDuration: 'Durata',
  cookieTable: 'Cookies użati',
  cookieParty: 'Issettjat minn',
  firstParty: 'Dan is-sit',
  thirdParty: 'Parti terza',
  cookiePrefix: 'ismijiet li jibdew bil-prefiss {prefix}',
  cookiePattern: 'ismijiet li jaqblu mal-mudell {pattern}',
  optOutText:
    'Nużaw il-cookies għall-istatistika u għar-reklamar, li jista’ jinvolvi l-qsim ta’ data mas-sħab tagħna. Tista’ tirrifjuta fi kwalunkwe ħin: agħżel “Irrifjuta kollox” hawnhekk, jew aktar tard uża l-link “Issettjar tal-cookies”.',
  embedText: 'Dan il-kontenut minn {provider} huwa mblukkat sakemm tippermetti l-cookies tal-kategorija “{category}”.',
  embedButton: 'Ippermetti u għabbi',
  categories: {
    necessary: {
      label: 'Strettament meħtieġa',
      description: 'Meħtieġa biex is-sit jaħdem, pereżempju biex jinżamm sigur u biex niftakru l-għażliet tiegħek dwar il-cookies. Ma jistgħux jintfew.',
    },
    preferences: {
      label: 'Preferenzi',
      description: 'Jiftakru l-issettjar bħall-lingwa jew ir-reġjun tiegħek, biex is-sit jaħdem kif għażilt.',
    },
    analytics: {
      label: 'Analitika',
      description: 'Jgħinuna nifhmu kif jintuża s-sit permezz ta’ statistika anonimizzata, biex inkunu nistgħu ntejbuh.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Jintużaw minna u mis-sħab tagħna biex nuruk reklami aktar rilevanti u nkejlu l-effett tagħhom.',
    },
  },
};

export default mt;
