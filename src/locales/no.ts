import type { Messages } from '../core/types.js';

/** Norwegian Bokmål. */
const no: Messages = {
  bannerTitle: 'Personvernet ditt er viktig for oss',
  bannerText:
    'Vi bruker informasjonskapsler og lignende teknologier. De som nettstedet trenger for å fungere, er alltid på; de andre bare med ditt samtykke. Du kan når som helst endre eller trekke tilbake samtykket ditt via lenken «Innstillinger for informasjonskapsler».',
  purposesText: '«Godta alle» tillater: {purposes}.',
  thirdPartiesText: 'Data deles med tredjeparter til disse formålene: {purposes}.',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  policyLink: 'Personvernerklæring',
  preferencesTitle: 'Innstillinger for informasjonskapsler',
  preferencesText:
    'Velg hvilke informasjonskapsler vi kan bruke. Strengt nødvendige informasjonskapsler er alltid på, fordi nettstedet ikke fungerer uten dem. Valget ditt gjelder dette nettstedet og kan endres når som helst.',
  save: 'Lagre valg',
  close: 'Lukk uten å lagre',
  alwaysOn: 'Alltid på',
  reopen: 'Innstillinger for informasjonskapsler',
  saved: 'Valgene dine er lagret.',
  gpcHonoured: 'Nettleseren din sender et reservasjonssignal via Global Privacy Control. Vi respekterer det: denne kategorien forblir avslått med mindre du slår den på selv.',
  gpcOverridden: 'Nettleseren din sender et reservasjonssignal via Global Privacy Control, men du har selv slått på denne kategorien. Slå den av for å følge signalet.',
  cookieName: 'Navn',
  cookieProvider: 'Leverandør',
  cookiePurpose: 'Formål',
  cookieDuration: 'Varighet',
  cookieTable: 'Informasjonskapsler som brukes',
  cookieParty: 'Satt av',
  firstParty: 'Dette nettstedet',
  thirdParty: 'Tredjepart',
  cookiePrefix: 'navn som begynner med {prefix}',
  cookiePattern: 'navn som samsvarer med {pattern}',
  optOutText:
    'Vi bruker informasjonskapsler til statistikk og annonsering, noe som kan innebære at data deles med partnerne våre. Du kan når som helst reservere deg: velg «Avvis alle» her, eller bruk senere lenken «Innstillinger for informasjonskapsler».',
  embedText: 'Dette innholdet fra {provider} er blokkert til du tillater informasjonskapsler i kategorien «{category}».',
  embedButton: 'Tillat og last inn',
  categories: {
    necessary: {
      label: 'Strengt nødvendige',
      description: 'Nødvendige for at nettstedet skal fungere, for eksempel for å holde det sikkert og huske valgene dine for informasjonskapsler. De kan ikke slås av.',
    },
    preferences: {
      label: 'Preferanser',
      description: 'Husker innstillinger som språk eller region, slik at nettstedet fungerer slik du har valgt.',
    },
    analytics: {
      label: 'Statistikk',
      description: 'Hjelper oss å forstå hvordan nettstedet brukes, gjennom anonymisert statistikk, slik at vi kan forbedre det.',
    },
    marketing: {
      label: 'Markedsføring',
      description: 'Brukes av oss og våre partnere til å vise deg mer relevant reklame og måle effekten av den.',
    },
  },
};

export default no;
