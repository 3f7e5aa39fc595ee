import type { Messages } from '../core/types.js';

/** Romanian. */
const ro: Messages = {
  bannerTitle: 'Ne pasă de confidențialitatea dumneavoastră',
  bannerText:
    'Folosim cookie-uri și tehnologii similare. Cele de care site-ul are nevoie pentru a funcționa sunt întotdeauna active; celelalte, doar cu consimțământul dumneavoastră. Vă puteți modifica sau retrage consimțământul oricând, prin linkul „Setări cookie-uri”.',
  purposesText: '„Acceptați toate” permite: {purposes}.',
  thirdPartiesText: 'Datele sunt partajate cu terți în următoarele scopuri: {purposes}.',
  acceptAll: 'Acceptați toate',
  rejectAll: 'Respingeți toate',
  customize: 'Personalizați',
  policyLink: 'Politica de confidențialitate',
  preferencesTitle: 'Setări cookie-uri',
  preferencesText:
    'Alegeți ce cookie-uri putem folosi. Cookie-urile strict necesare sunt întotdeauna active, deoarece site-ul nu poate funcționa fără ele. Alegerea dumneavoastră se aplică acestui site și poate fi modificată oricând.',
  save: 'Salvați alegerile',
  close: 'Închideți fără a salva',
  alwaysOn: 'Întotdeauna active',
  reopen: 'Setări cookie-uri',
  saved: 'Alegerile dumneavoastră privind cookie-urile au fost salvate.',
  gpcHonoured: 'Browserul dumneavoastră trimite un semnal de refuz Global Privacy Control. Îl respectăm: această categorie rămâne dezactivată, dacă nu o activați chiar dumneavoastră.',
  gpcOverridden: 'Browserul dumneavoastră trimite un semnal de refuz Global Privacy Control, dar ați activat chiar dumneavoastră această categorie. Dezactivați-o pentru a respecta semnalul.',
  cookieName: 'Nume',
  cookieProvider: 'Furnizor',
  cookiePurpose: 'Scop',
  cookieDuration: 'Durată',
  cookieTable: 'Cookie-uri utilizate',
  cookieParty: 'Plasat de',
  firstParty: 'Acest site',
  thirdParty: 'Terț',
  cookiePrefix: 'nume care încep cu {prefix}',
  cookiePattern: 'nume care corespund modelului {pattern}',
  optOutText:
    'Folosim cookie-uri pentru statistici și publicitate, ceea ce poate implica partajarea datelor cu partenerii noștri. Vă puteți opune oricând: alegeți aici „Respingeți toate” sau folosiți ulterior linkul „Setări cookie-uri”.',
  embedText: 'Acest conținut de la {provider} este blocat până când permiteți cookie-urile din categoria „{category}”.',
  embedButton: 'Permiteți și încărcați',
  categories: {
    necessary: {
      label: 'Strict necesare',
      description: 'Necesare pentru funcționarea site-ului, de exemplu pentru securitatea acestuia și pentru reținerea alegerilor dumneavoastră privind cookie-urile. Nu pot fi dezactivate.',
    },
    preferences: {
      label: 'Preferințe',
      description: 'Rețin setări precum limba sau regiunea, pentru ca site-ul să funcționeze așa cum ați ales.',
    },
    analytics: {
      label: 'Analiză',
      description: 'Ne ajută să înțelegem, prin statistici anonimizate, cum este utilizat site-ul, pentru a-l putea îmbunătăți.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Folosite de noi și de partenerii noștri pentru a vă afișa reclame mai relevante și pentru a le măsura efectul.',
    },
  },
};

export default ro;
