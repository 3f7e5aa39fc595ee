import type { TcfMessages } from '../messages.js';

/** Czech. */
const cs: TcfMessages = {
  intro:
    'My a naši partneři (celkem {vendors}) ukládáme informace ve vašem zařízení, například cookies, a přistupujeme k nim a zpracováváme osobní údaje, například jedinečné identifikátory a údaje o procházení, pro tyto účely:',
  legitimateInterest: 'Někteří partneři zpracovávají údaje na základě svého oprávněného zájmu, místo aby žádali o souhlas; proti tomu můžete v nastavení vznést námitku.',
  scope: 'Vaše volby platí jen pro tento web. Kdykoli je můžete změnit nebo svůj souhlas odvolat tlačítkem „Nastavení cookies“.',
  vendorsLink: 'Zobrazit naše partnery ({vendors})',
  title: 'Reklamní partneři (IAB TCF)',
  purposes: 'Účely',
  specialPurposes: 'Zvláštní účely (platí vždy, nelze je odmítnout)',
  features: 'Funkce (využívané pro výše uvedené účely)',
  specialFeatures: 'Zvláštní funkce',
  vendors: 'Partneři ({vendors})',
  consent: 'Souhlas',
  li: 'Oprávněný zájem (vypnutím vznesete námitku)',
  usedBy: 'Počet partnerů, kteří to využívají: {vendors}',
  examples: 'Příklady',
  vendorPurposes: 'Účely (souhlas)',
  vendorLi: 'Účely (oprávněný zájem)',
  retention: 'Uchovává údaje {days} dní',
  dataCategories: 'Využívané údaje',
  cookies: 'Ukládá cookies nejdéle na {days} dní',
  noCookies: 'Neukládá žádné cookies',
  otherStorage: 'Využívá i jiné úložiště v zařízení',
  storageDetails: 'Podrobnosti o ukládání v zařízení',
  privacy: 'Ochrana osobních údajů',
  liClaim: 'Uplatňovaný oprávněný zájem',
  atps: 'Další poskytovatelé reklamních technologií ({count})',
  atpsText: 'Poskytovatelé, se kterými Google spolupracuje a kteří nejsou na seznamu IAB; jedna volba platí pro všechny.',
  atpsLink: 'Seznam Googlu',
};

export default cs;
