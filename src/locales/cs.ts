import type { Messages } from '../core/types.js';

/** Czech. */
const cs: Messages = {
  bannerTitle: 'Vážíme si vašeho soukromí',
  bannerText:
    'Používáme cookies a podobné technologie. Ty, které web potřebuje ke svému fungování, jsou vždy zapnuté; ostatní jen s vaším souhlasem. Svůj souhlas můžete kdykoli změnit nebo odvolat pomocí odkazu „Nastavení cookies“.',
  purposesText: 'Volba „Přijmout vše“ povoluje: {purposes}.',
  thirdPartiesText: 'Údaje se sdílejí se třetími stranami pro tyto účely: {purposes}.',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  policyLink: 'Ochrana osobních údajů',
  preferencesTitle: 'Nastavení cookies',
  preferencesText:
    'Vyberte, které cookies smíme používat. Nezbytně nutné cookies jsou vždy zapnuté, protože bez nich web nemůže fungovat. Vaše volba platí pro tento web a můžete ji kdykoli změnit.',
  save: 'Uložit volbu',
  close: 'Zavřít bez uložení',
  alwaysOn: 'Vždy zapnuto',
  reopen: 'Nastavení cookies',
  saved: 'Vaše volba cookies byla uložena.',
  gpcHonoured: 'Váš prohlížeč odesílá signál nesouhlasu Global Privacy Control. Respektujeme ho: tato kategorie zůstane vypnutá, dokud ji sami nezapnete.',
  gpcOverridden: 'Váš prohlížeč odesílá signál nesouhlasu Global Privacy Control, ale tuto kategorii jste sami zapnuli. Vypněte ji, chcete-li se signálem řídit.',
  cookieName: 'Název',
  cookieProvider: 'Poskytovatel',
  cookiePurpose: 'Účel',
  cookieDuration: 'Doba platnosti',
  cookieTable: 'Používané cookies',
  cookieParty: 'Nastavuje',
  firstParty: 'Tento web',
  thirdParty: 'Třetí strana',
  cookiePrefix: 'názvy začínající na {prefix}',
  cookiePattern: 'názvy odpovídající vzoru {pattern}',
  optOutText:
    'Cookies používáme pro statistiky a reklamu, což může zahrnovat sdílení údajů s našimi partnery. Kdykoli můžete vyjádřit nesouhlas: zde zvolte „Odmítnout vše“, nebo později použijte odkaz „Nastavení cookies“.',
  embedText: 'Tento obsah ze služby {provider} je zablokován, dokud nepovolíte cookies z kategorie „{category}“.',
  embedButton: 'Povolit a načíst',
  categories: {
    necessary: {
      label: 'Nezbytně nutné',
      description: 'Potřebné pro fungování webu, například pro jeho zabezpečení a zapamatování vaší volby cookies. Nelze je vypnout.',
    },
    preferences: {
      label: 'Předvolby',
      description: 'Pamatují si nastavení, jako je jazyk nebo region, aby web fungoval tak, jak jste si zvolili.',
    },
    analytics: {
      label: 'Analytické',
      description: 'Pomocí anonymizovaných statistik nám pomáhají pochopit, jak se web používá, abychom ho mohli zlepšovat.',
    },
    marketing: {
      label: 'Marketingové',
      description: 'Používáme je my a naši partneři, abychom vám zobrazovali relevantnější reklamu a měřili její účinnost.',
    },
  },
};

export default cs;
