import type { TcfMessages } from '../messages.js';

/** Spanish. */
const es: TcfMessages = {
  intro:
    'Nosotros y nuestros {vendors} socios almacenamos información en su dispositivo y accedemos a ella, como las cookies, y tratamos datos personales, como identificadores únicos y datos de navegación, con las siguientes finalidades:',
  legitimateInterest: 'Algunos socios tratan datos basándose en su interés legítimo en lugar de pedir su consentimiento; puede oponerse a ello en la configuración.',
  scope: 'Sus elecciones solo se aplican a este sitio. Puede cambiarlas o retirar su consentimiento en cualquier momento con el botón «Configuración de cookies».',
  vendorsLink: 'Ver nuestros {vendors} socios',
  title: 'Socios publicitarios (IAB TCF)',
  purposes: 'Finalidades',
  specialPurposes: 'Finalidades especiales (se aplican siempre y no se pueden rechazar)',
  features: 'Características (utilizadas para las finalidades anteriores)',
  specialFeatures: 'Características especiales',
  vendors: 'Socios ({vendors})',
  consent: 'Consentimiento',
  li: 'Interés legítimo (desactívelo para oponerse)',
  usedBy: 'Utilizada por {vendors} socios',
  examples: 'Ejemplos',
  vendorPurposes: 'Finalidades (consentimiento)',
  vendorLi: 'Finalidades (interés legítimo)',
  retention: 'Conserva los datos durante {days} días',
  dataCategories: 'Datos utilizados',
  cookies: 'Almacena cookies durante un máximo de {days} días',
  noCookies: 'No almacena cookies',
  otherStorage: 'También utiliza otros medios de almacenamiento del dispositivo',
  storageDetails: 'Detalles del almacenamiento en el dispositivo',
  privacy: 'Política de privacidad',
  liClaim: 'Interés legítimo invocado',
  atps: 'Otros proveedores de tecnología publicitaria ({count})',
  atpsText: 'Proveedores con los que trabaja Google y que no figuran en la lista del IAB; una sola elección para todos ellos.',
  atpsLink: 'Lista de Google',
};

export default es;
