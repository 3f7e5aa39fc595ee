import type { Messages } from '../core/types.js';

/** Polish. */
const pl: Messages = {
  bannerTitle: 'Dbamy o Twoją prywatność',
  bannerText:
    'Używamy plików cookie i podobnych technologii. Te, których serwis potrzebuje do działania, są zawsze włączone, a pozostałe – tylko za Twoją zgodą. W każdej chwili możesz zmienić lub wycofać zgodę za pomocą linku „Ustawienia plików cookie”.',
  purposesText: '„Zaakceptuj wszystkie” zezwala na: {purposes}.',
  thirdPartiesText: 'Dane są udostępniane podmiotom trzecim w następujących celach: {purposes}.',
  acceptAll: 'Zaakceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  policyLink: 'Polityka prywatności',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesText:
    'Wybierz, z jakich plików cookie możemy korzystać. Niezbędne pliki cookie są zawsze włączone, ponieważ bez nich serwis nie może działać. Twój wybór dotyczy tego serwisu i możesz go zmienić w każdej chwili.',
  save: 'Zapisz wybór',
  close: 'Zamknij bez zapisywania',
  alwaysOn: 'Zawsze włączone',
  reopen: 'Ustawienia plików cookie',
  saved: 'Twój wybór dotyczący plików cookie został zapisany.',
  gpcHonoured: 'Twoja przeglądarka wysyła sygnał sprzeciwu Global Privacy Control. Respektujemy go: ta kategoria pozostaje wyłączona, chyba że włączysz ją samodzielnie.',
  gpcOverridden: 'Twoja przeglądarka wysyła sygnał sprzeciwu Global Privacy Control, ale ta kategoria została włączona przez Ciebie. Wyłącz ją, aby zastosować się do sygnału.',
  cookieName: 'Nazwa',
  cookieProvider: 'Dostawca',
  cookiePurpose: 'Cel',
  cookieDuration: 'Czas przechowywania',
  cookieTable: 'Używane pliki cookie',
  cookieParty: 'Ustawia',
  firstParty: 'Ten serwis',
  thirdParty: 'Podmiot zewnętrzny',
  cookiePrefix: 'nazwy zaczynające się od {prefix}',
  cookiePattern: 'nazwy pasujące do wzorca {pattern}',
  optOutText:
    'Używamy plików cookie do celów statystycznych i reklamowych, co może wiązać się z udostępnianiem danych naszym partnerom. W każdej chwili możesz się temu sprzeciwić: wybierz tutaj „Odrzuć wszystkie” lub skorzystaj później z linku „Ustawienia plików cookie”.',
  embedText: 'Ta treść z serwisu {provider} jest zablokowana, dopóki nie zezwolisz na pliki cookie z kategorii „{category}”.',
  embedButton: 'Zezwól i załaduj',
  categories: {
    necessary: {
      label: 'Niezbędne',
      description: 'Potrzebne do działania serwisu, na przykład do zapewnienia jego bezpieczeństwa i zapamiętania Twoich wyborów dotyczących plików cookie. Nie można ich wyłączyć.',
    },
    preferences: {
      label: 'Preferencje',
      description: 'Zapamiętują ustawienia, takie jak język czy region, aby serwis działał zgodnie z Twoim wyborem.',
    },
    analytics: {
      label: 'Analityka',
      description: 'Dzięki zanonimizowanym statystykom pomagają nam zrozumieć, jak korzysta się z serwisu, abyśmy mogli go ulepszać.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Używane przez nas i naszych partnerów do wyświetlania Ci trafniejszych reklam i mierzenia ich skuteczności.',
    },
  },
};

export default pl;
