import type { TcfMessages } from '../messages.js';

/** German. */
const de: TcfMessages = {
  intro:
    'Wir und unsere {vendors} Partner speichern Informationen wie Cookies auf Ihrem Gerät und greifen darauf zu; außerdem verarbeiten wir personenbezogene Daten wie eindeutige Kennungen und Daten zu Ihrem Surfverhalten für folgende Zwecke:',
  legitimateInterest: 'Einige Partner verarbeiten Daten auf Grundlage ihres berechtigten Interesses, statt um Ihre Einwilligung zu bitten. Dem können Sie in den Einstellungen widersprechen.',
  scope: 'Ihre Auswahl gilt nur für diese Website. Sie können sie jederzeit über die Schaltfläche „Cookie-Einstellungen“ ändern oder Ihre Einwilligung widerrufen.',
  vendorsLink: 'Unsere {vendors} Partner ansehen',
  title: 'Werbepartner (IAB TCF)',
  purposes: 'Zwecke',
  specialPurposes: 'Besondere Zwecke (immer aktiv, können nicht abgelehnt werden)',
  features: 'Funktionen (werden für die oben genannten Zwecke genutzt)',
  specialFeatures: 'Besondere Funktionen',
  vendors: 'Partner ({vendors})',
  consent: 'Einwilligung',
  li: 'Berechtigtes Interesse (zum Widersprechen ausschalten)',
  usedBy: 'Von {vendors} Partnern genutzt',
  examples: 'Beispiele',
  vendorPurposes: 'Zwecke (Einwilligung)',
  vendorLi: 'Zwecke (berechtigtes Interesse)',
  retention: 'Speichert Daten {days} Tage lang',
  dataCategories: 'Verwendete Daten',
  cookies: 'Speichert Cookies bis zu {days} Tage lang',
  noCookies: 'Speichert keine Cookies',
  otherStorage: 'Nutzt auch andere Speichertechniken auf dem Gerät',
  storageDetails: 'Details zur Speicherung auf dem Gerät',
  privacy: 'Datenschutzerklärung',
  liClaim: 'Geltend gemachtes berechtigtes Interesse',
  atps: 'Weitere Anbieter von Werbetechnologie ({count})',
  atpsText: 'Anbieter, mit denen Google zusammenarbeitet und die nicht auf der Liste des IAB stehen; eine Auswahl gilt für alle.',
  atpsLink: 'Liste von Google',
};

export default de;
