import type { Messages } from '../core/types.js';

/** German. */
const de: Messages = {
  bannerTitle: 'Ihre Privatsphäre ist uns wichtig',
  bannerText:
    'Wir verwenden Cookies und ähnliche Technologien. Diejenigen, die für den Betrieb der Website erforderlich sind, sind immer aktiv; alle anderen nur mit Ihrer Einwilligung. Sie können Ihre Einwilligung jederzeit über den Link „Cookie-Einstellungen“ ändern oder widerrufen.',
  purposesText: '„Alle akzeptieren“ erlaubt: {purposes}.',
  thirdPartiesText: 'Für folgende Zwecke werden Daten an Dritte weitergegeben: {purposes}.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  policyLink: 'Datenschutzerklärung',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesText:
    'Wählen Sie, welche Cookies wir verwenden dürfen. Unbedingt erforderliche Cookies sind immer aktiv, da die Website ohne sie nicht funktioniert. Ihre Auswahl gilt für diese Website und kann jederzeit geändert werden.',
  save: 'Auswahl speichern',
  close: 'Ohne Speichern schließen',
  alwaysOn: 'Immer aktiv',
  reopen: 'Cookie-Einstellungen',
  saved: 'Ihre Cookie-Auswahl wurde gespeichert.',
  gpcHonoured: 'Ihr Browser sendet das Opt-out-Signal Global Privacy Control. Wir respektieren es: Diese Kategorie bleibt deaktiviert, es sei denn, Sie aktivieren sie selbst.',
  gpcOverridden: 'Ihr Browser sendet das Opt-out-Signal Global Privacy Control, aber Sie haben diese Kategorie selbst aktiviert. Deaktivieren Sie sie, um dem Signal zu folgen.',
  cookieName: 'Name',
  cookieProvider: 'Anbieter',
  cookiePurpose: 'Zweck',
  cookieDuration: 'Speicherdauer',
  cookieTable: 'Verwendete Cookies',
  cookieParty: 'Gesetzt von',
  firstParty: 'Diese Website',
  thirdParty: 'Drittanbieter',
  cookiePrefix: 'Namen, die mit {prefix} beginnen',
  cookiePattern: 'Namen nach dem Muster {pattern}',
  optOutText:
    'Wir verwenden Cookies für Statistiken und Werbung; dabei können Daten an unsere Partner weitergegeben werden. Sie können jederzeit widersprechen: Wählen Sie hier „Alle ablehnen“ oder nutzen Sie später den Link „Cookie-Einstellungen“.',
  embedText: 'Dieser Inhalt von {provider} ist blockiert, bis Sie Cookies der Kategorie „{category}“ zulassen.',
  embedButton: 'Zulassen und laden',
  categories: {
    necessary: {
      label: 'Unbedingt erforderlich',
      description: 'Für den Betrieb der Website nötig, etwa um sie abzusichern und Ihre Cookie-Auswahl zu speichern. Diese Cookies lassen sich nicht deaktivieren.',
    },
    preferences: {
      label: 'Präferenzen',
      description: 'Diese Cookies speichern Einstellungen wie Ihre Sprache oder Region, damit die Website so funktioniert, wie Sie es gewählt haben.',
    },
    analytics: {
      label: 'Statistik',
      description: 'Diese Cookies helfen uns, anhand anonymisierter Statistiken zu verstehen, wie die Website genutzt wird, damit wir sie verbessern können.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Von uns und unseren Partnern genutzt, um Ihnen relevantere Werbung zu zeigen und deren Wirkung zu messen.',
    },
  },
};

export default de;
