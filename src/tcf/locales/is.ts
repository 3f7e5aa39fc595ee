import type { TcfMessages } from '../messages.js';

/** Icelandic. */
const is: TcfMessages = {
  intro:
    'Við og {vendors} samstarfsaðilar okkar geymum og sækjum upplýsingar í tækið þitt, svo sem vafrakökur, og vinnum persónuupplýsingar, svo sem einkvæm auðkenni og vafragögn, í eftirfarandi tilgangi:',
  legitimateInterest: 'Sumir samstarfsaðilar vinna gögn á grundvelli lögmætra hagsmuna sinna í stað þess að biðja um samþykki; þú getur andmælt því í stillingunum.',
  scope: 'Val þitt gildir aðeins fyrir þennan vef. Þú getur hvenær sem er breytt því eða afturkallað samþykki þitt með hnappnum „Vafrakökustillingar“.',
  vendorsLink: 'Sjá {vendors} samstarfsaðila okkar',
  title: 'Auglýsingasamstarfsaðilar (IAB TCF)',
  purposes: 'Tilgangur',
  specialPurposes: 'Sérstakur tilgangur (alltaf virkur, ekki hægt að hafna)',
  features: 'Eiginleikar (notaðir í ofangreindum tilgangi)',
  specialFeatures: 'Sérstakir eiginleikar',
  vendors: 'Samstarfsaðilar ({vendors})',
  consent: 'Samþykki',
  li: 'Lögmætir hagsmunir (slökktu á til að andmæla)',
  usedBy: 'Notað af {vendors} samstarfsaðilum',
  examples: 'Dæmi',
  vendorPurposes: 'Tilgangur (samþykki)',
  vendorLi: 'Tilgangur (lögmætir hagsmunir)',
  retention: 'Geymir gögn í {days} daga',
  dataCategories: 'Gögn sem eru notuð',
  cookies: 'Vistar vafrakökur í allt að {days} daga',
  noCookies: 'Vistar engar vafrakökur',
  otherStorage: 'Notar einnig aðra geymslu í tækinu',
  storageDetails: 'Nánar um geymslu í tækinu',
  privacy: 'Persónuverndarstefna',
  liClaim: 'Lögmætir hagsmunir sem byggt er á',
  atps: 'Aðrir veitendur auglýsingatækni ({count})',
  atpsText: 'Veitendur sem Google vinnur með og eru ekki á lista IAB; eitt val gildir fyrir þá alla.',
  atpsLink: 'Listi Google',
};

export default is;
