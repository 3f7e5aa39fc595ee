import type { Messages } from '../core/types.js';

/** Slovak. */
const sk: Messages = {
  bannerTitle: 'Záleží nám na vašom súkromí',
  bannerText:
    'Používame cookies a podobné technológie. Tie, ktoré web potrebuje na fungovanie, sú vždy zapnuté; ostatné iba s vaším súhlasom. Svoj súhlas môžete kedykoľvek zmeniť alebo odvolať cez odkaz „Nastavenia cookies“.',
  purposesText: 'Voľba „Prijať všetko“ povoľuje: {purposes}.',
  thirdPartiesText: 'Údaje sa zdieľajú s tretími stranami na tieto účely: {purposes}.',
  acceptAll: 'Prijať všetko',
  rejectAll: 'Odmietnuť všetko',
  customize: 'Prispôsobiť',
  policyLink: 'Ochrana osobných údajov',
  preferencesTitle: 'Nastavenia cookies',
  preferencesText:
    'Vyberte, ktoré cookies smieme používať. Nevyhnutne potrebné cookies sú vždy zapnuté, pretože bez nich web nemôže fungovať. Vaša voľba platí pre tento web a môžete ju kedykoľvek zmeniť.',
  save: 'Uložiť voľbu',
  close: 'Zavrieť bez uloženia',
  alwaysOn: 'Vždy zapnuté',
  reopen: 'Nastavenia cookies',
  saved: 'Vaša voľba cookies bola uložená.',
  gpcHonoured: 'Váš prehliadač odosiela signál nesúhlasu Global Privacy Control. Rešpektujeme ho: táto kategória zostane vypnutá, kým ju sami nezapnete.',
  gpcOverridden: 'Váš prehliadač odosiela signál nesúhlasu Global Privacy Control, ale túto kategóriu ste sami zapli. Vypnite ju, ak sa chcete signálom riadiť.',
  cookieName: 'Názov',
  cookieProvider: 'Poskytovateľ',
  cookiePurpose: 'Účel',
  cookieDuration: 'Doba platnosti',
  cookieTable: 'Používané cookies',
  cookieParty: 'Nastavuje',
  firstParty: 'Tento web',
  thirdParty: 'Tretia strana',
  cookiePrefix: 'názvy začínajúce na {prefix}',
  cookiePattern: 'názvy zodpovedajúce vzoru {pattern}',
  optOutText:
    'Cookies používame na štatistiky a reklamu, čo môže zahŕňať zdieľanie údajov s našimi partnermi. Kedykoľvek môžete vyjadriť nesúhlas: tu zvoľte „Odmietnuť všetko“ alebo neskôr použite odkaz „Nastavenia cookies“.',
  embedText: 'Tento obsah zo služby {provider} je zablokovaný, kým nepovolíte cookies z kategórie „{category}“.',
  embedButton: 'Povoliť a načítať',
  categories: {
    necessary: {
      label: 'Nevyhnutne potrebné',
      description: 'Potrebné na fungovanie webu, napríklad na jeho zabezpečenie a zapamätanie vašej voľby cookies. Nemožno ich vypnúť.',
    },
    preferences: {
      label: 'Preferencie',
      description: 'Pamätajú si nastavenia, ako je jazyk alebo región, aby web fungoval tak, ako ste si zvolili.',
    },
    analytics: {
      label: 'Analytické',
      description: 'Pomocou anonymizovaných štatistík nám pomáhajú pochopiť, ako sa web používa, aby sme ho mohli zlepšovať.',
    },
    marketing: {
      label: 'Marketingové',
      description: 'Používame ich my a naši partneri, aby sme vám zobrazovali relevantnejšiu reklamu a merali jej účinnosť.',
    },
  },
};

export default sk;
