import type { TcfMessages } from '../messages.js';

/** Swedish. */
const sv: TcfMessages = {
  intro:
    'Vi och våra {vendors} partner lagrar och får åtkomst till information på din enhet, till exempel cookies, och behandlar personuppgifter, till exempel unika identifierare och webbläsardata, för följande syften:',
  legitimateInterest: 'Vissa partner behandlar uppgifter med stöd av sitt berättigade intresse i stället för att be om ditt samtycke. Du kan invända mot det i inställningarna.',
  scope: 'Dina val gäller bara den här webbplatsen. Du kan när som helst ändra dem eller återkalla ditt samtycke med knappen ”Cookieinställningar”.',
  vendorsLink: 'Visa våra {vendors} partner',
  title: 'Annonspartner (IAB TCF)',
  purposes: 'Syften',
  specialPurposes: 'Särskilda syften (tillämpas alltid och kan inte avböjas)',
  features: 'Funktioner (används för syftena ovan)',
  specialFeatures: 'Särskilda funktioner',
  vendors: 'Partner ({vendors})',
  consent: 'Samtycke',
  li: 'Berättigat intresse (stäng av för att invända)',
  usedBy: 'Används av {vendors} partner',
  examples: 'Exempel',
  vendorPurposes: 'Syften (samtycke)',
  vendorLi: 'Syften (berättigat intresse)',
  retention: 'Sparar uppgifter i {days} dagar',
  dataCategories: 'Uppgifter som används',
  cookies: 'Lagrar cookies i upp till {days} dagar',
  noCookies: 'Lagrar inga cookies',
  otherStorage: 'Använder även annan lagring på enheten',
  storageDetails: 'Information om lagring på enheten',
  privacy: 'Integritetspolicy',
  liClaim: 'Berättigat intresse som åberopas',
  atps: 'Andra leverantörer av annonsteknik ({count})',
  atpsText: 'Leverantörer som Google samarbetar med och som inte finns med på IAB:s lista; ett val gäller alla.',
  atpsLink: 'Googles lista',
};

export default sv;
