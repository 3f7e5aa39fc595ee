import type { Messages } from '../core/types.js';

/** English, built in: the fallback for every other language. */
const en: Messages = {
  bannerTitle: 'We value your privacy',
  bannerText:
    'We use cookies to recognise your device when you come back, to remember your preferences and to gather anonymised statistics on how our site is used. Only the cookies the site needs to work are set without your consent. You can change or withdraw your consent at any time via the "Cookie settings" link.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  policyLink: 'Privacy policy',
  preferencesTitle: 'Cookie settings',
  preferencesText:
    'Choose which cookies we may use. Strictly necessary cookies are always on because the site cannot work without them. Your choice applies to this site and can be changed at any time.',
  save: 'Save choices',
  close: 'Close without saving',
  alwaysOn: 'Always on',
  reopen: 'Cookie settings',
  saved: 'Your cookie choices have been saved.',
  gpcHonoured: 'Your browser sends a Global Privacy Control opt-out signal. We honour it: this category stays off unless you switch it on yourself.',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  categories: {
    necessary: {
      label: 'Strictly necessary',
      description: 'Needed for the site to work, for example to keep it secure and to remember your cookie choices. They cannot be switched off.',
    },
    preferences: {
      label: 'Preferences',
      description: 'Remember settings such as your language or region so the site works the way you chose.',
    },
    analytics: {
      label: 'Analytics',
      description: 'Help us understand how the site is used through anonymised statistics, so we can improve it.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Used by us and our partners to show you more relevant advertising and to measure its effect.',
    },
  },
};

export default en;
