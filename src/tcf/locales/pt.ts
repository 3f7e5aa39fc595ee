import type { TcfMessages } from '../messages.js';

/** Portuguese (European). */
const pt: TcfMessages = {
  intro:
    'Nós e os nossos {vendors} parceiros armazenamos informações no seu dispositivo e acedemos a elas, como cookies, e tratamos dados pessoais, como identificadores únicos e dados de navegação, para as seguintes finalidades:',
  legitimateInterest: 'Alguns parceiros tratam dados com base no seu interesse legítimo em vez de pedirem o seu consentimento; pode opor-se a isso nas definições.',
  scope: 'As suas escolhas aplicam-se apenas a este site. Pode alterá-las ou retirar o seu consentimento a qualquer momento através do botão «Definições de cookies».',
  vendorsLink: 'Ver os nossos {vendors} parceiros',
  title: 'Parceiros de publicidade (IAB TCF)',
  purposes: 'Finalidades',
  specialPurposes: 'Finalidades especiais (sempre aplicadas, não podem ser recusadas)',
  features: 'Funcionalidades (utilizadas para as finalidades acima)',
  specialFeatures: 'Funcionalidades especiais',
  vendors: 'Parceiros ({vendors})',
  consent: 'Consentimento',
  li: 'Interesse legítimo (desative para se opor)',
  usedBy: 'Utilizada por {vendors} parceiros',
  examples: 'Exemplos',
  vendorPurposes: 'Finalidades (consentimento)',
  vendorLi: 'Finalidades (interesse legítimo)',
  retention: 'Conserva os dados durante {days} dias',
  dataCategories: 'Dados utilizados',
  cookies: 'Armazena cookies durante um máximo de {days} dias',
  noCookies: 'Não armazena cookies',
  otherStorage: 'Utiliza também outras formas de armazenamento no dispositivo',
  storageDetails: 'Detalhes do armazenamento no dispositivo',
  privacy: 'Política de privacidade',
  liClaim: 'Interesse legítimo invocado',
  atps: 'Outros fornecedores de tecnologia publicitária ({count})',
  atpsText: 'Fornecedores com os quais a Google trabalha e que não constam da lista do IAB; uma única escolha para todos.',
  atpsLink: 'Lista da Google',
};

export default pt;
