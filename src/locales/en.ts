import type { Messages } from '../core/types.js';

/** English, built in: the fallback for every other language. */
const en: Messages = {
  bannerTitle: 'We value your privacy',
  bannerText:
    'We use cookies and similar technologies. Those the site needs to work are always on; the others only with your consent. You can change or withdraw your consent at any time via the "Cookie settings" link.',
  purposesText: '"Accept all" allows: {purposes}.',
  thirdPartiesText: 'For {purposes}, data is shared with third parties.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  policyLink: 'Privacy policy',
  preferencesTitle: 'Cookie settings',
  preferencesText:
    'Choose which cookies we may use. Strictly necessary cookies are always on: the site cannot work without them. You can change your choice at any time.',
  save: 'Save choices',
  close: 'Close without saving',
  alwaysOn: 'Always on',
  reopen: 'Cookie settings',
  saved: 'Your choices have been saved.',
  gpcHonoured: 'Your browser sends a Global Privacy Control opt-out signal, which we honour: this stays off unless you switch it on.',
  gpcOverridden: 'Your browser sends a Global Privacy Control opt-out signal, but you switched this on yourself. Switch it off to follow the signal.',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  cookieTable: 'Cookies used',
  cookieParty: 'Set by',
  firstParty: 'This site',
  thirdParty: 'Third party',
  cookiePrefix: 'names starting with {prefix}',
  cookiePattern: 'names matching {pattern}',
  optOutText:
    'We use cookies for statistics and for advertising, which may involve sharing data with our partners. You can opt out at any time: choose "Reject all" here, or later use the "Cookie settings" link.',
  embedText: 'This content from {provider} is blocked until you allow {category} cookies.',
  embedButton: 'Allow and load',
  categories: {
    necessary: {
      label: 'Strictly necessary',
      description: 'Needed for the site to work, for example to keep it secure and to remember your cookie choices.',
    },
    preferences: {
      label: 'Preferences',
      description: 'Remember settings such as your language or region.',
    },
    analytics: {
      label: 'Analytics',
      description: 'Anonymised statistics that help us understand and improve how the site is used.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Used by us and our partners to show more relevant advertising and measure its effect.',
    },
  },
};

export default en;
