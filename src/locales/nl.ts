import type { Messages } from '../core/types.js';

/** Dutch. */
const nl: Messages = {
  bannerTitle: 'Wij hechten waarde aan uw privacy',
  bannerText:
    'Wij gebruiken cookies en vergelijkbare technieken. De cookies die nodig zijn om de website te laten werken, staan altijd aan; de overige alleen met uw toestemming. U kunt uw toestemming op elk moment wijzigen of intrekken via de link ‘Cookie-instellingen’.',
  purposesText: '‘Alles accepteren’ staat toe: {purposes}.',
  thirdPartiesText: 'Voor deze doeleinden worden gegevens gedeeld met derden: {purposes}.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  policyLink: 'Privacyverklaring',
  preferencesTitle: 'Cookie-instellingen',
  preferencesText:
    'Kies welke cookies wij mogen gebruiken. Strikt noodzakelijke cookies staan altijd aan, omdat de website zonder deze cookies niet werkt. Uw keuze geldt voor deze website en kan op elk moment worden gewijzigd.',
  save: 'Keuze opslaan',
  close: 'Sluiten zonder opslaan',
  alwaysOn: 'Altijd aan',
  reopen: 'Cookie-instellingen',
  saved: 'Uw cookiekeuze is opgeslagen.',
  gpcHonoured: 'Uw browser verstuurt een opt-outsignaal via Global Privacy Control. Wij respecteren dat: deze categorie blijft uit, tenzij u haar zelf aanzet.',
  gpcOverridden: 'Uw browser verstuurt een opt-outsignaal via Global Privacy Control, maar u hebt deze categorie zelf aangezet. Zet haar uit om het signaal te volgen.',
  cookieName: 'Naam',
  cookieProvider: 'Aanbieder',
  cookiePurpose: 'Doel',
  cookieDuration: 'Bewaartermijn',
  cookieTable: 'Gebruikte cookies',
  cookieParty: 'Geplaatst door',
  firstParty: 'Deze website',
  thirdParty: 'Derde partij',
  cookiePrefix: 'namen die beginnen met {prefix}',
  cookiePattern: 'namen die overeenkomen met {pattern}',
  optOutText:
    'Wij gebruiken cookies voor statistieken en advertenties, waarbij wij mogelijk gegevens delen met onze partners. U kunt daar op elk moment bezwaar tegen maken: kies hier ‘Alles weigeren’ of gebruik later de link ‘Cookie-instellingen’.',
  embedText: 'Deze inhoud van {provider} is geblokkeerd totdat u cookies in de categorie ‘{category}’ toestaat.',
  embedButton: 'Toestaan en laden',
  categories: {
    necessary: {
      label: 'Strikt noodzakelijk',
      description: 'Nodig om de website te laten werken, bijvoorbeeld om deze te beveiligen en uw cookiekeuze te onthouden. Deze cookies kunnen niet worden uitgezet.',
    },
    preferences: {
      label: 'Voorkeuren',
      description: 'Onthouden instellingen zoals uw taal of regio, zodat de website werkt zoals u hebt gekozen.',
    },
    analytics: {
      label: 'Statistieken',
      description: 'Helpen ons met geanonimiseerde statistieken te begrijpen hoe de website wordt gebruikt, zodat wij die kunnen verbeteren.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Worden door ons en onze partners gebruikt om u relevantere advertenties te tonen en het effect daarvan te meten.',
    },
  },
};

export default nl;
