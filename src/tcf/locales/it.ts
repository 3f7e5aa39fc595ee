import type { TcfMessages } from '../messages.js';

/** Italian. */
const it: TcfMessages = {
  intro:
    'Noi e i nostri {vendors} partner archiviamo informazioni sul tuo dispositivo e vi accediamo, ad esempio tramite cookie, e trattiamo dati personali, come identificatori univoci e dati di navigazione, per le seguenti finalità:',
  legitimateInterest: 'Alcuni partner trattano i dati sulla base del proprio legittimo interesse invece di chiedere il consenso; puoi opporti nelle impostazioni.',
  scope: 'Le tue scelte valgono solo per questo sito. Puoi modificarle o revocare il consenso in qualsiasi momento con il pulsante «Impostazioni cookie».',
  vendorsLink: 'Vedi i nostri {vendors} partner',
  title: 'Partner pubblicitari (IAB TCF)',
  purposes: 'Finalità',
  specialPurposes: 'Finalità speciali (sempre applicate, non possono essere rifiutate)',
  features: 'Funzionalità (usate per le finalità indicate sopra)',
  specialFeatures: 'Funzionalità speciali',
  vendors: 'Partner ({vendors})',
  consent: 'Consenso',
  li: 'Legittimo interesse (disattiva per opporti)',
  usedBy: 'Usata da {vendors} partner',
  examples: 'Esempi',
  vendorPurposes: 'Finalità (consenso)',
  vendorLi: 'Finalità (legittimo interesse)',
  retention: 'Conserva i dati per {days} giorni',
  dataCategories: 'Dati utilizzati',
  cookies: 'Memorizza cookie per un massimo di {days} giorni',
  noCookies: 'Non memorizza cookie',
  otherStorage: 'Usa anche altre forme di archiviazione sul dispositivo',
  storageDetails: 'Dettagli sull’archiviazione sul dispositivo',
  privacy: 'Informativa sulla privacy',
  liClaim: 'Legittimo interesse perseguito',
  atps: 'Altri fornitori di tecnologie pubblicitarie ({count})',
  atpsText: 'Fornitori con cui Google collabora e che non sono nell’elenco dello IAB; un’unica scelta per tutti.',
  atpsLink: 'Elenco di Google',
};

export default it;
