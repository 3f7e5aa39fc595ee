import type { TcfMessages } from '../messages.js';

/** Norwegian Bokmål. */
const no: TcfMessages = {
  intro:
    'Vi og våre {vendors} partnere lagrer og får tilgang til informasjon på enheten din, for eksempel informasjonskapsler, og behandler personopplysninger, for eksempel unike identifikatorer og nettleserdata, til disse formålene:',
  legitimateInterest: 'Noen partnere behandler data med grunnlag i sin berettigede interesse i stedet for å be om samtykke; du kan protestere mot dette i innstillingene.',
  scope: 'Valgene dine gjelder bare dette nettstedet. Du kan når som helst endre dem eller trekke tilbake samtykket ditt med knappen «Innstillinger for informasjonskapsler».',
  vendorsLink: 'Se våre {vendors} partnere',
  title: 'Annonsepartnere (IAB TCF)',
  purposes: 'Formål',
  specialPurposes: 'Spesielle formål (gjelder alltid og kan ikke avslås)',
  features: 'Funksjoner (brukes til formålene ovenfor)',
  specialFeatures: 'Spesielle funksjoner',
  vendors: 'Partnere ({vendors})',
  consent: 'Samtykke',
  li: 'Berettiget interesse (slå av for å protestere)',
  usedBy: 'Brukes av {vendors} partnere',
  examples: 'Eksempler',
  vendorPurposes: 'Formål (samtykke)',
  vendorLi: 'Formål (berettiget interesse)',
  retention: 'Lagrer data i {days} dager',
  dataCategories: 'Data som brukes',
  cookies: 'Lagrer informasjonskapsler i opptil {days} dager',
  noCookies: 'Lagrer ingen informasjonskapsler',
  otherStorage: 'Bruker også annen lagring på enheten',
  storageDetails: 'Detaljer om lagring på enheten',
  privacy: 'Personvernerklæring',
  liClaim: 'Berettiget interesse som påberopes',
  atps: 'Andre leverandører av annonseteknologi ({count})',
  atpsText: 'Leverandører som Google samarbeider med, og som ikke står på IAB-listen; ett valg for alle.',
  atpsLink: 'Googles liste',
};

export default no;
