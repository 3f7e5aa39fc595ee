import type { TcfMessages } from '../messages.js';

/** Lithuanian. */
const lt: TcfMessages = {
  intro:
    'Mes ir mūsų partneriai (iš viso {vendors}) saugome informaciją jūsų įrenginyje (pavyzdžiui, slapukus) ir ją pasiekiame, taip pat tvarkome asmens duomenis (pavyzdžiui, unikalius identifikatorius ir naršymo duomenis) šiais tikslais:',
  legitimateInterest: 'Kai kurie partneriai tvarko duomenis remdamiesi teisėtu interesu, užuot prašę sutikimo; nustatymuose galite tam prieštarauti.',
  scope: 'Jūsų pasirinkimai taikomi tik šiai svetainei. Bet kada galite juos pakeisti arba atšaukti sutikimą mygtuku „Slapukų nustatymai“.',
  vendorsLink: 'Peržiūrėti mūsų partnerius ({vendors})',
  title: 'Reklamos partneriai (IAB TCF)',
  purposes: 'Tikslai',
  specialPurposes: 'Specialieji tikslai (taikomi visada, jų atsisakyti negalima)',
  features: 'Funkcijos (naudojamos pirmiau nurodytais tikslais)',
  specialFeatures: 'Specialiosios funkcijos',
  vendors: 'Partneriai ({vendors})',
  consent: 'Sutikimas',
  li: 'Teisėtas interesas (išjunkite, jei norite prieštarauti)',
  usedBy: 'Tai naudojančių partnerių skaičius: {vendors}',
  examples: 'Pavyzdžiai',
  vendorPurposes: 'Tikslai (sutikimas)',
  vendorLi: 'Tikslai (teisėtas interesas)',
  retention: 'Duomenų saugojimo laikotarpis (dienomis): {days}',
  dataCategories: 'Naudojami duomenys',
  cookies: 'Ilgiausias slapukų saugojimo laikotarpis (dienomis): {days}',
  noCookies: 'Slapukų nesaugo',
  otherStorage: 'Naudoja ir kitą įrenginio saugyklą',
  storageDetails: 'Išsami informacija apie saugojimą įrenginyje',
  privacy: 'Privatumo politika',
  liClaim: 'Teisėtas interesas, kuriuo remiamasi',
  atps: 'Kiti reklamos technologijų teikėjai ({count})',
  atpsText: 'Teikėjai, su kuriais bendradarbiauja „Google“ ir kurių nėra IAB sąraše; vienas pasirinkimas taikomas jiems visiems.',
  atpsLink: '„Google“ sąrašas',
};

export default lt;
