import type { Messages } from '../core/types.js';

/** Spanish. */
const es: Messages = {
  bannerTitle: 'Su privacidad nos importa',
  bannerText:
    'Utilizamos cookies y tecnologías similares. Las que el sitio necesita para funcionar están siempre activas; las demás, solo con su consentimiento. Puede cambiar o retirar su consentimiento en cualquier momento mediante el enlace «Configuración de cookies».',
  purposesText: '«Aceptar todas» permite: {purposes}.',
  thirdPartiesText: 'Se comparten datos con terceros para estas finalidades: {purposes}.',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Personalizar',
  policyLink: 'Política de privacidad',
  preferencesTitle: 'Configuración de cookies',
  preferencesText:
    'Elija qué cookies podemos utilizar. Las cookies estrictamente necesarias están siempre activas porque sin ellas el sitio no puede funcionar. Su elección se aplica a este sitio y puede cambiarla en cualquier momento.',
  save: 'Guardar selección',
  close: 'Cerrar sin guardar',
  alwaysOn: 'Siempre activas',
  reopen: 'Configuración de cookies',
  saved: 'Se ha guardado su selección de cookies.',
  gpcHonoured: 'Su navegador envía una señal de exclusión Global Privacy Control. La respetamos: esta categoría permanece desactivada salvo que usted la active.',
  gpcOverridden: 'Su navegador envía una señal de exclusión Global Privacy Control, pero usted ha activado esta categoría por su cuenta. Desactívela para seguir la señal.',
  cookieName: 'Nombre',
  cookieProvider: 'Proveedor',
  cookiePurpose: 'Finalidad',
  cookieDuration: 'Duración',
  cookieTable: 'Cookies utilizadas',
  cookieParty: 'Instalada por',
  firstParty: 'Este sitio',
  thirdParty: 'Terceros',
  cookiePrefix: 'nombres que empiezan por {prefix}',
  cookiePattern: 'nombres que coinciden con {pattern}',
  optOutText:
    'Utilizamos cookies con fines estadísticos y publicitarios, lo que puede implicar compartir datos con nuestros socios. Puede oponerse en cualquier momento: elija «Rechazar todas» aquí o utilice más adelante el enlace «Configuración de cookies».',
  embedText: 'Este contenido de {provider} está bloqueado hasta que permita las cookies de la categoría «{category}».',
  embedButton: 'Permitir y cargar',
  categories: {
    necessary: {
      label: 'Estrictamente necesarias',
      description: 'Imprescindibles para que el sitio funcione, por ejemplo para mantenerlo seguro y recordar su selección de cookies. No se pueden desactivar.',
    },
    preferences: {
      label: 'Preferencias',
      description: 'Recuerdan ajustes como su idioma o región para que el sitio funcione como usted ha elegido.',
    },
    analytics: {
      label: 'Analíticas',
      description: 'Nos ayudan a entender cómo se usa el sitio mediante estadísticas anonimizadas, para poder mejorarlo.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Las utilizamos nosotros y nuestros socios para mostrarle publicidad más relevante y medir su eficacia.',
    },
  },
};

export default es;
