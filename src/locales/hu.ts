import type { Messages } from '../core/types.js';

/** Hungarian. */
const hu: Messages = {
  bannerTitle: 'Fontos számunkra az Ön magánszférája',
  bannerText:
    'Sütiket és hasonló technológiákat használunk. A webhely működéséhez szükségesek mindig be vannak kapcsolva, a többi csak az Ön hozzájárulásával. Hozzájárulását bármikor módosíthatja vagy visszavonhatja a „Sütibeállítások” hivatkozáson keresztül.',
  purposesText: 'Az „Összes elfogadása” a következőket engedélyezi: {purposes}.',
  thirdPartiesText: 'A következő célokból harmadik felekkel osztunk meg adatokat: {purposes}.',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  policyLink: 'Adatvédelmi tájékoztató',
  preferencesTitle: 'Sütibeállítások',
  preferencesText:
    'Válassza ki, mely sütiket használhatjuk. A feltétlenül szükséges sütik mindig be vannak kapcsolva, mert nélkülük a webhely nem működik. Választása erre a webhelyre vonatkozik, és bármikor módosítható.',
  save: 'Választás mentése',
  close: 'Bezárás mentés nélkül',
  alwaysOn: 'Mindig aktív',
  reopen: 'Sütibeállítások',
  saved: 'A sütikkel kapcsolatos választását elmentettük.',
  gpcHonoured: 'Böngészője Global Privacy Control letiltási jelzést küld. Ezt tiszteletben tartjuk: ez a kategória kikapcsolva marad, hacsak saját maga be nem kapcsolja.',
  gpcOverridden: 'Böngészője Global Privacy Control letiltási jelzést küld, de ezt a kategóriát saját maga kapcsolta be. Kapcsolja ki, ha a jelzést követni szeretné.',
  cookieName: 'Név',
  cookieProvider: 'Szolgáltató',
  cookiePurpose: 'Cél',
  cookieDuration: 'Időtartam',
  cookieTable: 'Használt sütik',
  cookieParty: 'Elhelyező',
  firstParty: 'Ez a webhely',
  thirdParty: 'Harmadik fél',
  cookiePrefix: '{prefix} kezdetű nevek',
  cookiePattern: 'a következő mintára illeszkedő nevek: {pattern}',
  optOutText:
    'Sütiket használunk statisztikai és hirdetési célokra, ami adatok partnereinkkel való megosztásával járhat. Ez ellen bármikor tiltakozhat: válassza itt az „Összes elutasítása” lehetőséget, vagy később használja a „Sütibeállítások” hivatkozást.',
  embedText: 'Ez a tartalom ({provider}) le van tiltva, amíg nem engedélyezi a következő kategória sütijeit: {category}.',
  embedButton: 'Engedélyezés és betöltés',
  categories: {
    necessary: {
      label: 'Feltétlenül szükséges',
      description: 'A webhely működéséhez szükségesek, például a biztonság fenntartásához és a sütikkel kapcsolatos választásának megjegyzéséhez. Nem kapcsolhatók ki.',
    },
    preferences: {
      label: 'Preferenciák',
      description: 'Megjegyzik az olyan beállításokat, mint a nyelv vagy a régió, hogy a webhely az Ön választása szerint működjön.',
    },
    analytics: {
      label: 'Statisztika',
      description: 'Anonimizált statisztikák révén segítenek megérteni, hogyan használják a webhelyet, hogy fejleszthessük.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Mi és partnereink arra használjuk őket, hogy relevánsabb hirdetéseket jelenítsünk meg Önnek, és mérjük azok hatását.',
    },
  },
};

export default hu;
