import type { TcfMessages } from '../messages.js';

/** French. */
const fr: TcfMessages = {
  intro:
    'Nous et nos {vendors} partenaires stockons des informations sur votre appareil et y accédons, par exemple des cookies, et traitons des données personnelles, comme des identifiants uniques et des données de navigation, pour les finalités suivantes :',
  legitimateInterest: 'Certains partenaires traitent des données sur la base de leur intérêt légitime au lieu de demander votre consentement ; vous pouvez vous y opposer dans les paramètres.',
  scope: 'Vos choix ne s’appliquent qu’à ce site. Vous pouvez les modifier ou retirer votre consentement à tout moment avec le bouton « Paramètres des cookies ».',
  vendorsLink: 'Voir nos {vendors} partenaires',
  title: 'Partenaires publicitaires (IAB TCF)',
  purposes: 'Finalités',
  specialPurposes: 'Finalités spéciales (toujours appliquées, ne peuvent pas être refusées)',
  features: 'Fonctionnalités (utilisées pour les finalités ci-dessus)',
  specialFeatures: 'Fonctionnalités spéciales',
  vendors: 'Partenaires ({vendors})',
  consent: 'Consentement',
  li: 'Intérêt légitime (désactivez pour vous y opposer)',
  usedBy: 'Utilisée par {vendors} partenaires',
  examples: 'Exemples',
  vendorPurposes: 'Finalités (consentement)',
  vendorLi: 'Finalités (intérêt légitime)',
  retention: 'Conserve les données pendant {days} jours',
  dataCategories: 'Données utilisées',
  cookies: 'Stocke des cookies pendant {days} jours au maximum',
  noCookies: 'Ne stocke aucun cookie',
  otherStorage: 'Utilise aussi d’autres moyens de stockage sur l’appareil',
  storageDetails: 'Détails du stockage sur l’appareil',
  privacy: 'Politique de confidentialité',
  liClaim: 'Intérêt légitime invoqué',
  atps: 'Autres fournisseurs de technologies publicitaires ({count})',
  atpsText: 'Fournisseurs avec lesquels Google travaille et qui ne figurent pas sur la liste de l’IAB ; un seul choix pour tous.',
  atpsLink: 'Liste de Google',
};

export default fr;
