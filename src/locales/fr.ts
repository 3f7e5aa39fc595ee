import type { Messages } from '../core/types.js';

/** French. */
const fr: Messages = {
  bannerTitle: 'Nous respectons votre vie privée',
  bannerText:
    'Nous utilisons des cookies et des technologies similaires. Ceux dont le site a besoin pour fonctionner sont toujours actifs ; les autres ne le sont qu’avec votre consentement. Vous pouvez modifier ou retirer votre consentement à tout moment via le lien « Paramètres des cookies ».',
  purposesText: '« Tout accepter » autorise : {purposes}.',
  thirdPartiesText: 'Des données sont partagées avec des tiers pour les finalités suivantes : {purposes}.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  policyLink: 'Politique de confidentialité',
  preferencesTitle: 'Paramètres des cookies',
  preferencesText:
    'Choisissez les cookies que nous pouvons utiliser. Les cookies strictement nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux. Votre choix s’applique à ce site et peut être modifié à tout moment.',
  save: 'Enregistrer mes choix',
  close: 'Fermer sans enregistrer',
  alwaysOn: 'Toujours actifs',
  reopen: 'Paramètres des cookies',
  saved: 'Vos choix en matière de cookies ont été enregistrés.',
  gpcHonoured: 'Votre navigateur envoie un signal d’opposition Global Privacy Control. Nous le respectons : cette catégorie reste désactivée, sauf si vous l’activez vous-même.',
  gpcOverridden: 'Votre navigateur envoie un signal d’opposition Global Privacy Control, mais vous avez activé cette catégorie vous-même. Désactivez-la pour suivre ce signal.',
  cookieName: 'Nom',
  cookieProvider: 'Fournisseur',
  cookiePurpose: 'Finalité',
  cookieDuration: 'Durée',
  cookieTable: 'Cookies utilisés',
  cookieParty: 'Déposé par',
  firstParty: 'Ce site',
  thirdParty: 'Tiers',
  cookiePrefix: 'noms commençant par {prefix}',
  cookiePattern: 'noms correspondant à {pattern}',
  optOutText:
    'Nous utilisons des cookies à des fins de statistiques et de publicité, ce qui peut impliquer le partage de données avec nos partenaires. Vous pouvez vous y opposer à tout moment : choisissez « Tout refuser » ici, ou utilisez plus tard le lien « Paramètres des cookies ».',
  embedText: 'Ce contenu de {provider} est bloqué tant que vous n’autorisez pas les cookies de la catégorie « {category} ».',
  embedButton: 'Autoriser et charger',
  categories: {
    necessary: {
      label: 'Strictement nécessaires',
      description: 'Indispensables au fonctionnement du site, par exemple pour en assurer la sécurité et mémoriser vos choix en matière de cookies. Ils ne peuvent pas être désactivés.',
    },
    preferences: {
      label: 'Préférences',
      description: 'Mémorisent des paramètres tels que votre langue ou votre région, pour que le site fonctionne comme vous l’avez choisi.',
    },
    analytics: {
      label: 'Mesure d’audience',
      description: 'Nous aident à comprendre comment le site est utilisé grâce à des statistiques anonymisées, afin de l’améliorer.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Utilisés par nous et nos partenaires pour vous présenter des publicités plus pertinentes et en mesurer l’efficacité.',
    },
  },
};

export default fr;
