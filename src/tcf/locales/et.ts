import type { TcfMessages } from '../messages.js';

/** Estonian. */
const et: TcfMessages = {
  intro:
    'Meie ja meie {vendors} partnerit salvestame teie seadmesse teavet, näiteks küpsiseid, ja pääseme sellele ligi ning töötleme isikuandmeid, näiteks unikaalseid identifikaatoreid ja sirvimisandmeid, järgmistel eesmärkidel:',
  legitimateInterest: 'Mõned partnerid töötlevad andmeid oma õigustatud huvi alusel, selle asemel et küsida teie nõusolekut; sellele saate seadetes vastuväite esitada.',
  scope: 'Teie valikud kehtivad ainult sellel veebisaidil. Saate neid igal ajal muuta või oma nõusoleku tagasi võtta nupu „Küpsiste seaded“ kaudu.',
  vendorsLink: 'Vaadake meie {vendors} partnerit',
  title: 'Reklaamipartnerid (IAB TCF)',
  purposes: 'Eesmärgid',
  specialPurposes: 'Erieesmärgid (kehtivad alati, neist ei saa keelduda)',
  features: 'Funktsioonid (kasutatakse eespool nimetatud eesmärkidel)',
  specialFeatures: 'Erifunktsioonid',
  vendors: 'Partnerid ({vendors})',
  consent: 'Nõusolek',
  li: 'Õigustatud huvi (vastuväite esitamiseks lülitage välja)',
  usedBy: 'Kasutab {vendors} partnerit',
  examples: 'Näited',
  vendorPurposes: 'Eesmärgid (nõusolek)',
  vendorLi: 'Eesmärgid (õigustatud huvi)',
  retention: 'Säilitab andmeid {days} päeva',
  dataCategories: 'Kasutatavad andmed',
  cookies: 'Salvestab küpsiseid kuni {days} päevaks',
  noCookies: 'Ei salvesta küpsiseid',
  otherStorage: 'Kasutab ka muud seadme salvestusruumi',
  storageDetails: 'Seadmesse salvestamise üksikasjad',
  privacy: 'Privaatsuspoliitika',
  liClaim: 'Õigustatud huvi, millele tuginetakse',
  atps: 'Muud reklaamitehnoloogia pakkujad ({count})',
  atpsText: 'Pakkujad, kellega Google teeb koostööd ja keda IAB nimekirjas ei ole; üks valik kehtib kõigile.',
  atpsLink: 'Google’i nimekiri',
};

export default et;
