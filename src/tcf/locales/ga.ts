import type { TcfMessages } from '../messages.js';

/** Irish. */
const ga: TcfMessages = {
  intro:
    'Déanaimid féin agus ár gcomhpháirtithe ({vendors} san iomlán) faisnéis a stóráil ar do ghléas agus rochtain a fháil uirthi, amhail fianáin, agus sonraí pearsanta a phróiseáil, amhail aitheantóirí uathúla agus sonraí brabhsála, chun na gcuspóirí seo:',
  legitimateInterest: 'Próiseálann roinnt comhpháirtithe sonraí ar bhonn a leasanna dlisteanacha in ionad toiliú a iarraidh; is féidir leat agóid a dhéanamh ina aghaidh sin sna socruithe.',
  scope: 'Ní bhaineann do roghanna ach leis an suíomh seo. Is féidir leat iad a athrú nó do thoiliú a tharraingt siar am ar bith leis an gcnaipe “Socruithe fianán”.',
  vendorsLink: 'Féach ar ár gcomhpháirtithe ({vendors})',
  title: 'Comhpháirtithe fógraíochta (IAB TCF)',
  purposes: 'Cuspóirí',
  specialPurposes: 'Cuspóirí speisialta (i bhfeidhm i gcónaí, ní féidir iad a dhiúltú)',
  features: 'Gnéithe (úsáidtear iad le haghaidh na gcuspóirí thuas)',
  specialFeatures: 'Gnéithe speisialta',
  vendors: 'Comhpháirtithe ({vendors})',
  consent: 'Toiliú',
  li: 'Leas dlisteanach (múch é chun agóid a dhéanamh)',
  usedBy: 'Líon na gcomhpháirtithe a úsáideann é: {vendors}',
  examples: 'Samplaí',
  vendorPurposes: 'Cuspóirí (toiliú)',
  vendorLi: 'Cuspóirí (leas dlisteanach)',
  retention: 'Tréimhse choinneála sonraí (i laethanta): {days}',
  dataCategories: 'Sonraí a úsáidtear',
  cookies: 'Uasfhad stórála fianán (i laethanta): {days}',
  noCookies: 'Ní stórálann sé fianáin',
  otherStorage: 'Úsáideann sé stóráil eile ar an ngléas freisin',
  storageDetails: 'Sonraí faoi stóráil ar an ngléas',
  privacy: 'Beartas príobháideachais',
  liClaim: 'An leas dlisteanach atá i gceist',
  atps: 'Soláthraithe eile teicneolaíochta fógraíochta ({count})',
  atpsText: 'Soláthraithe a mbíonn Google ag obair leo agus nach bhfuil ar liosta an IAB; rogha amháin dóibh go léir.',
  atpsLink: 'Liosta Google',
};

export default ga;
