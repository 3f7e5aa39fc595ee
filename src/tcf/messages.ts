/**
 * The TCF views' own texts, in English; the purposes, features and their descriptions come
 * from the vendor list's translations (`purposes-<lang>.json`). Other languages are in
 * `tcf/locales/<lang>`, loaded with the vendor list's translation.
 */
export const TCF_MESSAGES = {
  /** First layer: `{vendors}` is the number of partners. */
  intro: 'We and our {vendors} partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers and browsing data, for these purposes:',
  legitimateInterest: 'Some partners process data on the basis of their legitimate interest instead of asking for consent; you can object to this in the settings.',
  scope: 'Your choices apply to this site only. You can change them or withdraw your consent at any time with the cookie settings button.',
  vendorsLink: 'See our {vendors} partners',
  title: 'Advertising partners (IAB TCF)',
  purposes: 'Purposes',
  specialPurposes: 'Special purposes (always applied, cannot be refused)',
  features: 'Features (used for the purposes above)',
  specialFeatures: 'Special features',
  vendors: 'Partners ({vendors})',
  consent: 'Consent',
  li: 'Legitimate interest (switch off to object)',
  usedBy: 'Used by {vendors} partners',
  examples: 'Examples',
  vendorPurposes: 'Purposes (consent)',
  vendorLi: 'Purposes (legitimate interest)',
  retention: 'Keeps data for {days} days',
  dataCategories: 'Data used',
  cookies: 'Stores cookies for up to {days} days',
  noCookies: 'Stores no cookies',
  otherStorage: 'Also uses other device storage',
  storageDetails: 'Device storage details',
  privacy: 'Privacy policy',
  liClaim: 'Legitimate interest at stake',
  atps: 'Other ad technology providers ({count})',
  atpsText: "Providers that Google works with and that are not in the IAB's list; one choice for all of them.",
  atpsLink: "Google's list",
};

export type TcfMessages = typeof TCF_MESSAGES;
