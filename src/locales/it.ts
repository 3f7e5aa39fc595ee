import type { Messages } from '../core/types.js';

/** Italian. */
const it: Messages = {
  bannerTitle: 'La tua privacy è importante per noi',
  bannerText:
    'Utilizziamo cookie e tecnologie simili. Quelli necessari al funzionamento del sito sono sempre attivi; gli altri solo con il tuo consenso. Puoi modificare o revocare il consenso in qualsiasi momento tramite il link «Impostazioni cookie».',
  purposesText: '«Accetta tutti» consente: {purposes}.',
  thirdPartiesText: 'I dati vengono condivisi con terze parti per queste finalità: {purposes}.',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  policyLink: 'Informativa sulla privacy',
  preferencesTitle: 'Impostazioni cookie',
  preferencesText:
    'Scegli quali cookie possiamo utilizzare. I cookie strettamente necessari sono sempre attivi perché senza di essi il sito non può funzionare. La tua scelta vale per questo sito e può essere modificata in qualsiasi momento.',
  save: 'Salva le scelte',
  close: 'Chiudi senza salvare',
  alwaysOn: 'Sempre attivi',
  reopen: 'Impostazioni cookie',
  saved: 'Le tue scelte sui cookie sono state salvate.',
  gpcHonoured: 'Il tuo browser invia un segnale di opt-out Global Privacy Control. Lo rispettiamo: questa categoria resta disattivata, a meno che non sia tu ad attivarla.',
  gpcOverridden: 'Il tuo browser invia un segnale di opt-out Global Privacy Control, ma hai attivato tu questa categoria. Disattivala per seguire il segnale.',
  cookieName: 'Nome',
  cookieProvider: 'Fornitore',
  cookiePurpose: 'Finalità',
  cookieDuration: 'Durata',
  cookieTable: 'Cookie utilizzati',
  cookieParty: 'Impostato da',
  firstParty: 'Questo sito',
  thirdParty: 'Terza parte',
  cookiePrefix: 'nomi che iniziano con {prefix}',
  cookiePattern: 'nomi corrispondenti a {pattern}',
  optOutText:
    'Utilizziamo i cookie per statistiche e pubblicità, il che può comportare la condivisione di dati con i nostri partner. Puoi opporti in qualsiasi momento: scegli «Rifiuta tutti» qui oppure usa in seguito il link «Impostazioni cookie».',
  embedText: 'Questo contenuto di {provider} è bloccato finché non consenti i cookie della categoria «{category}».',
  embedButton: 'Consenti e carica',
  categories: {
    necessary: {
      label: 'Strettamente necessari',
      description: 'Servono al funzionamento del sito, ad esempio per mantenerlo sicuro e ricordare le tue scelte sui cookie. Non possono essere disattivati.',
    },
    preferences: {
      label: 'Preferenze',
      description: 'Ricordano impostazioni come la lingua o la regione, così il sito funziona come hai scelto.',
    },
    analytics: {
      label: 'Statistiche',
      description: 'Ci aiutano a capire come viene usato il sito tramite statistiche anonimizzate, per poterlo migliorare.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Usati da noi e dai nostri partner per mostrarti pubblicità più pertinente e misurarne l’efficacia.',
    },
  },
};

export default it;
