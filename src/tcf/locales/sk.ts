import type { TcfMessages } from '../messages.js';

/** Slovak. */
const sk: TcfMessages = {
  intro:
    'My a naši partneri (spolu {vendors}) ukladáme informácie vo vašom zariadení, napríklad cookies, a pristupujeme k nim a spracúvame osobné údaje, napríklad jedinečné identifikátory a údaje o prehliadaní, na tieto účely:',
  legitimateInterest: 'Niektorí partneri spracúvajú údaje na základe svojho oprávneného záujmu namiesto toho, aby žiadali o súhlas; proti tomu môžete v nastaveniach namietať.',
  scope: 'Vaše voľby platia iba pre tento web. Kedykoľvek ich môžete zmeniť alebo svoj súhlas odvolať tlačidlom „Nastavenia cookies“.',
  vendorsLink: 'Zobraziť našich partnerov ({vendors})',
  title: 'Reklamní partneri (IAB TCF)',
  purposes: 'Účely',
  specialPurposes: 'Osobitné účely (platia vždy, nemožno ich odmietnuť)',
  features: 'Funkcie (používané na uvedené účely)',
  specialFeatures: 'Osobitné funkcie',
  vendors: 'Partneri ({vendors})',
  consent: 'Súhlas',
  li: 'Oprávnený záujem (vypnutím vznesiete námietku)',
  usedBy: 'Počet partnerov, ktorí to používajú: {vendors}',
  examples: 'Príklady',
  vendorPurposes: 'Účely (súhlas)',
  vendorLi: 'Účely (oprávnený záujem)',
  retention: 'Uchováva údaje {days} dní',
  dataCategories: 'Používané údaje',
  cookies: 'Ukladá cookies najviac na {days} dní',
  noCookies: 'Neukladá žiadne cookies',
  otherStorage: 'Používa aj iné úložisko v zariadení',
  storageDetails: 'Podrobnosti o ukladaní v zariadení',
  privacy: 'Ochrana osobných údajov',
  liClaim: 'Uplatňovaný oprávnený záujem',
  atps: 'Ďalší poskytovatelia reklamných technológií ({count})',
  atpsText: 'Poskytovatelia, s ktorými Google spolupracuje a ktorí nie sú v zozname IAB; jedna voľba platí pre všetkých.',
  atpsLink: 'Zoznam Googlu',
};

export default sk;
