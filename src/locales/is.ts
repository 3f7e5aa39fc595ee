import type { Messages } from '../core/types.js';

/** Icelandic. */
const is: Messages = {
  bannerTitle: 'Við virðum friðhelgi þína',
  bannerText:
    'Við notum vafrakökur og svipaða tækni. Þær sem vefurinn þarf til að virka eru alltaf virkar; aðrar aðeins með samþykki þínu. Þú getur hvenær sem er breytt samþykki þínu eða afturkallað það með tenglinum „Vafrakökustillingar“.',
  purposesText: '„Samþykkja allar“ leyfir: {purposes}.',
  thirdPartiesText: 'Gögnum er deilt með þriðju aðilum í eftirfarandi tilgangi: {purposes}.',
  acceptAll: 'Samþykkja allar',
  rejectAll: 'Hafna öllum',
  customize: 'Sérsníða',
  policyLink: 'Persónuverndarstefna',
  preferencesTitle: 'Vafrakökustillingar',
  preferencesText:
    'Veldu hvaða vafrakökur við megum nota. Bráðnauðsynlegar vafrakökur eru alltaf virkar þar sem vefurinn getur ekki starfað án þeirra. Val þitt gildir fyrir þennan vef og þú getur breytt því hvenær sem er.',
  save: 'Vista val',
  close: 'Loka án þess að vista',
  alwaysOn: 'Alltaf virkar',
  reopen: 'Vafrakökustillingar',
  saved: 'Val þitt á vafrakökum hefur verið vistað.',
  gpcHonoured: 'Vafrinn þinn sendir höfnunarmerki með Global Privacy Control. Við virðum það: þessi flokkur helst óvirkur nema þú kveikir á honum að eigin frumkvæði.',
  gpcOverridden: 'Vafrinn þinn sendir höfnunarmerki með Global Privacy Control, en þú kveiktir á þessum flokki að eigin frumkvæði. Slökktu á honum til að fylgja merkinu.',
  cookieName: 'Heiti',
  cookieProvider: 'Veitandi',
  cookiePurpose: 'Tilgangur',
  cookieDuration: 'Gildistími',
  cookieTable: 'Vafrakökur í notkun',
  cookieParty: 'Sett af',
  firstParty: 'Þessi vefur',
  thirdParty: 'Þriðji aðili',
  cookiePrefix: 'heiti sem byrja á {prefix}',
  cookiePattern: 'heiti sem passa við {pattern}',
  optOutText:
    'Við notum vafrakökur fyrir tölfræði og auglýsingar, sem getur falið í sér að gögnum sé deilt með samstarfsaðilum okkar. Þú getur hafnað þeim hvenær sem er: veldu „Hafna öllum“ hér eða notaðu síðar tengilinn „Vafrakökustillingar“.',
  embedText: 'Þetta efni frá {provider} birtist ekki fyrr en þú leyfir vafrakökur í flokknum „{category}“.',
  embedButton: 'Leyfa og hlaða',
  categories: {
    necessary: {
      label: 'Bráðnauðsynlegar',
      description: 'Nauðsynlegar til að vefurinn virki, til dæmis til að tryggja öryggi hans og muna val þitt á vafrakökum. Ekki er hægt að slökkva á þeim.',
    },
    preferences: {
      label: 'Kjörstillingar',
      description: 'Muna stillingar á borð við tungumál eða svæði svo að vefurinn virki eins og þú valdir.',
    },
    analytics: {
      label: 'Tölfræði',
      description: 'Hjálpa okkur að skilja hvernig vefurinn er notaður með nafnlausum tölfræðiupplýsingum svo að við getum bætt hann.',
    },
    marketing: {
      label: 'Markaðssetning',
      description: 'Notaðar af okkur og samstarfsaðilum okkar til að birta þér markvissari auglýsingar og mæla árangur þeirra.',
    },
  },
};

export default is;
