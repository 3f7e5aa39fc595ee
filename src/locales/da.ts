import type { Messages } from '../core/types.js';

/** Danish. */
const da: Messages = {
  bannerTitle: 'Vi værner om dit privatliv',
  bannerText:
    'Vi bruger cookies og lignende teknologier. Dem, som websitet har brug for for at fungere, er altid slået til; de øvrige kun med dit samtykke. Du kan til enhver tid ændre eller trække dit samtykke tilbage via linket »Cookieindstillinger«.',
  purposesText: '»Accepter alle« tillader: {purposes}.',
  thirdPartiesText: 'Data deles med tredjeparter til følgende formål: {purposes}.',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  policyLink: 'Privatlivspolitik',
  preferencesTitle: 'Cookieindstillinger',
  preferencesText:
    'Vælg, hvilke cookies vi må bruge. Strengt nødvendige cookies er altid slået til, fordi websitet ikke kan fungere uden dem. Dit valg gælder for dette website og kan til enhver tid ændres.',
  save: 'Gem valg',
  close: 'Luk uden at gemme',
  alwaysOn: 'Altid slået til',
  reopen: 'Cookieindstillinger',
  saved: 'Dine cookievalg er gemt.',
  gpcHonoured: 'Din browser sender et fravalgssignal via Global Privacy Control. Det respekterer vi: denne kategori forbliver slået fra, medmindre du selv slår den til.',
  gpcOverridden: 'Din browser sender et fravalgssignal via Global Privacy Control, men du har selv slået denne kategori til. Slå den fra for at følge signalet.',
  cookieName: 'Navn',
  cookieProvider: 'Udbyder',
  cookiePurpose: 'Formål',
  cookieDuration: 'Varighed',
  cookieTable: 'Anvendte cookies',
  cookieParty: 'Sat af',
  firstParty: 'Dette website',
  thirdParty: 'Tredjepart',
  cookiePrefix: 'navne, der begynder med {prefix}',
  cookiePattern: 'navne, der matcher {pattern}',
  optOutText:
    'Vi bruger cookies til statistik og annoncering, hvilket kan indebære, at vi deler data med vores partnere. Du kan til enhver tid fravælge dem: vælg »Afvis alle« her, eller brug senere linket »Cookieindstillinger«.',
  embedText: 'Dette indhold fra {provider} er blokeret, indtil du tillader cookies i kategorien »{category}«.',
  embedButton: 'Tillad og indlæs',
  categories: {
    necessary: {
      label: 'Strengt nødvendige',
      description: 'Nødvendige for, at websitet fungerer, for eksempel for at holde det sikkert og huske dine cookievalg. De kan ikke slås fra.',
    },
    preferences: {
      label: 'Præferencer',
      description: 'Husker indstillinger som dit sprog eller din region, så websitet fungerer, som du har valgt.',
    },
    analytics: {
      label: 'Statistik',
      description: 'Hjælper os med at forstå, hvordan websitet bruges, via anonymiserede statistikker, så vi kan forbedre det.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Bruges af os og vores partnere til at vise dig mere relevante annoncer og måle deres effekt.',
    },
  },
};

export default da;
