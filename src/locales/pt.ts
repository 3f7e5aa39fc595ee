import type { Messages } from '../core/types.js';

/** Portuguese (European). */
const pt: Messages = {
  bannerTitle: 'A sua privacidade é importante para nós',
  bannerText:
    'Utilizamos cookies e tecnologias semelhantes. Os cookies de que o site precisa para funcionar estão sempre ativos; os restantes, apenas com o seu consentimento. Pode alterar ou retirar o seu consentimento a qualquer momento através do link «Definições de cookies».',
  purposesText: '«Aceitar todos» permite: {purposes}.',
  thirdPartiesText: 'São partilhados dados com terceiros para as seguintes finalidades: {purposes}.',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  policyLink: 'Política de privacidade',
  preferencesTitle: 'Definições de cookies',
  preferencesText:
    'Escolha os cookies que podemos utilizar. Os cookies estritamente necessários estão sempre ativos, porque o site não funciona sem eles. A sua escolha aplica-se a este site e pode ser alterada a qualquer momento.',
  save: 'Guardar escolhas',
  close: 'Fechar sem guardar',
  alwaysOn: 'Sempre ativos',
  reopen: 'Definições de cookies',
  saved: 'As suas escolhas de cookies foram guardadas.',
  gpcHonoured: 'O seu navegador envia um sinal de oposição Global Privacy Control. Respeitamo-lo: esta categoria permanece desativada, a menos que a ative por sua iniciativa.',
  gpcOverridden: 'O seu navegador envia um sinal de oposição Global Privacy Control, mas ativou esta categoria por sua iniciativa. Desative-a para seguir o sinal.',
  cookieName: 'Nome',
  cookieProvider: 'Fornecedor',
  cookiePurpose: 'Finalidade',
  cookieDuration: 'Duração',
  cookieTable: 'Cookies utilizados',
  cookieParty: 'Definido por',
  firstParty: 'Este site',
  thirdParty: 'Terceiros',
  cookiePrefix: 'nomes começados por {prefix}',
  cookiePattern: 'nomes que correspondem a {pattern}',
  optOutText:
    'Utilizamos cookies para fins estatísticos e publicitários, o que pode implicar a partilha de dados com os nossos parceiros. Pode opor-se a qualquer momento: escolha «Rejeitar todos» aqui ou utilize mais tarde o link «Definições de cookies».',
  embedText: 'Este conteúdo de {provider} está bloqueado até permitir os cookies da categoria «{category}».',
  embedButton: 'Permitir e carregar',
  categories: {
    necessary: {
      label: 'Estritamente necessários',
      description: 'Necessários ao funcionamento do site, por exemplo para o manter seguro e memorizar as suas escolhas de cookies. Não podem ser desativados.',
    },
    preferences: {
      label: 'Preferências',
      description: 'Memorizam definições como o seu idioma ou região, para que o site funcione da forma que escolheu.',
    },
    analytics: {
      label: 'Análise',
      description: 'Ajudam-nos a perceber como o site é utilizado através de estatísticas anonimizadas, para o podermos melhorar.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Utilizados por nós e pelos nossos parceiros para lhe mostrar publicidade mais relevante e medir a sua eficácia.',
    },
  },
};

export default pt;
