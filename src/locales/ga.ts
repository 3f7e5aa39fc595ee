import type { Messages } from '../core/types.js';

/** Irish. */
const ga: Messages = {
  bannerTitle: 'Tá do phríobháideachas tábhachtach dúinn',
  bannerText:
    'Úsáidimid fianáin agus teicneolaíochtaí comhchosúla. Bíonn na cinn a theastaíonn chun go n-oibreoidh an suíomh ar siúl i gcónaí; ní úsáidtear na cinn eile ach le do thoiliú. Is féidir leat do thoiliú a athrú nó a tharraingt siar am ar bith tríd an nasc “Socruithe fianán”.',
  purposesText: 'Ceadaíonn “Glac leo go léir” na críocha seo: {purposes}.',
  thirdPartiesText: 'Roinntear sonraí le tríú páirtithe chun na gcríoch seo: {purposes}.',
  acceptAll: 'Glac leo go léir',
  rejectAll: 'Diúltaigh dóibh go léir',
  customize: 'Saincheap',
  policyLink: 'Beartas príobháideachais',
  preferencesTitle: 'Socruithe fianán',
  preferencesText:
    'Roghnaigh na fianáin a bhfuil cead againn iad a úsáid. Bíonn fianáin atá fíor-riachtanach ar siúl i gcónaí, mar ní féidir leis an suíomh oibriú gan iad. Baineann do rogha leis an suíomh seo agus is féidir í a athrú am ar bith.',
  save: 'Sábháil roghanna',
  close: 'Dún gan sábháil',
  alwaysOn: 'Ar siúl i gcónaí',
  reopen: 'Socruithe fianán',
  saved: 'Sábháladh do roghanna fianán.',
  gpcHonoured: 'Seolann do bhrabhsálaí comhartha diúltaithe Global Privacy Control. Urramaímid é: fanann an chatagóir seo múchta mura gcuireann tú féin ar siúl í.',
  gpcOverridden: 'Seolann do bhrabhsálaí comhartha diúltaithe Global Privacy Control, ach chuir tú féin an chatagóir seo ar siúl. Múch í chun an comhartha a leanúint.',
  cookieName: 'Ainm',
  cookieProvider: 'Soláthraí',
  cookiePurpose: 'Cuspóir',
  cookieDuration: 'Fad',
  cookieTable: 'Fianáin a úsáidtear',
  cookieParty: 'Socraithe ag',
  firstParty: 'An suíomh seo',
  thirdParty: 'Tríú páirtí',
  cookiePrefix: 'ainmneacha a thosaíonn le {prefix}',
  cookiePattern: 'ainmneacha a mheaitseálann {pattern}',
  optOutText:
    'Úsáidimid fianáin le haghaidh staitisticí agus fógraíochta, agus d’fhéadfaí sonraí a roinnt lenár gcomhpháirtithe dá bharr. Is féidir leat diúltú dóibh am ar bith: roghnaigh “Diúltaigh dóibh go léir” anseo, nó úsáid an nasc “Socruithe fianán” ar ball.',
  embedText: 'Tá an t-ábhar seo ó {provider} blocáilte go dtí go gceadaíonn tú fianáin den chatagóir “{category}”.',
  embedButton: 'Ceadaigh agus lódáil',
  categories: {
    necessary: {
      label: 'Fíor-riachtanach',
      description: 'Teastaíonn siad chun go n-oibreoidh an suíomh, mar shampla chun é a choinneáil slán agus chun do roghanna fianán a mheabhrú. Ní féidir iad a mhúchadh.',
    },
    preferences: {
      label: 'Sainroghanna',
      description: 'Meabhraíonn siad socruithe ar nós do theanga nó do réigiúin ionas go n-oibríonn an suíomh mar a roghnaigh tú.',
    },
    analytics: {
      label: 'Anailísíocht',
      description: 'Cabhraíonn siad linn, trí staitisticí anaithnidithe, tuiscint a fháil ar an gcaoi a n-úsáidtear an suíomh, ionas gur féidir linn é a fheabhsú.',
    },
    marketing: {
      label: 'Margaíocht',
      description: 'Úsáideann muid féin agus ár gcomhpháirtithe iad chun fógraíocht níos ábhartha a thaispeáint duit agus chun a héifeacht a thomhas.',
    },
  },
};

export default ga;
