import type { Messages } from '../core/types.js';

/** Swedish. */
const sv: Messages = {
  bannerTitle: 'Vi värnar om din integritet',
  bannerText:
    'Vi använder cookies och liknande tekniker. De som webbplatsen behöver för att fungera är alltid på; övriga bara med ditt samtycke. Du kan när som helst ändra eller återkalla ditt samtycke via länken ”Cookieinställningar”.',
  purposesText: '”Godkänn alla” tillåter: {purposes}.',
  thirdPartiesText: 'Data delas med tredje part för följande ändamål: {purposes}.',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  policyLink: 'Integritetspolicy',
  preferencesTitle: 'Cookieinställningar',
  preferencesText:
    'Välj vilka cookies vi får använda. Strikt nödvändiga cookies är alltid aktiva eftersom webbplatsen inte fungerar utan dem. Ditt val gäller den här webbplatsen och kan ändras när som helst.',
  save: 'Spara val',
  close: 'Stäng utan att spara',
  alwaysOn: 'Alltid aktiva',
  reopen: 'Cookieinställningar',
  saved: 'Dina cookieval har sparats.',
  gpcHonoured: 'Din webbläsare skickar en opt-out-signal via Global Privacy Control. Vi respekterar den: den här kategorin förblir avstängd om du inte själv slår på den.',
  gpcOverridden: 'Din webbläsare skickar en opt-out-signal via Global Privacy Control, men du har själv slagit på den här kategorin. Stäng av den för att följa signalen.',
  cookieName: 'Namn',
  cookieProvider: 'Leverantör',
  cookiePurpose: 'Syfte',
  cookieDuration: 'Lagringstid',
  cookieTable: 'Cookies som används',
  cookieParty: 'Sätts av',
  firstParty: 'Den här webbplatsen',
  thirdParty: 'Tredje part',
  cookiePrefix: 'namn som börjar med {prefix}',
  cookiePattern: 'namn som matchar {pattern}',
  optOutText:
    'Vi använder cookies för statistik och annonsering, vilket kan innebära att data delas med våra partner. Du kan när som helst tacka nej: välj ”Avvisa alla” här eller använd senare länken ”Cookieinställningar”.',
  embedText: 'Det här innehållet från {provider} är blockerat tills du tillåter cookies i kategorin ”{category}”.',
  embedButton: 'Tillåt och läs in',
  categories: {
    necessary: {
      label: 'Strikt nödvändiga',
      description: 'Krävs för att webbplatsen ska fungera, till exempel för att hålla den säker och komma ihåg dina cookieval. De kan inte stängas av.',
    },
    preferences: {
      label: 'Inställningar',
      description: 'Kommer ihåg inställningar som ditt språk eller din region så att webbplatsen fungerar som du har valt.',
    },
    analytics: {
      label: 'Statistik',
      description: 'Hjälper oss att förstå hur webbplatsen används genom anonymiserad statistik, så att vi kan förbättra den.',
    },
    marketing: {
      label: 'Marknadsföring',
      description: 'Används av oss och våra partner för att visa dig mer relevant reklam och mäta dess effekt.',
    },
  },
};

export default sv;
