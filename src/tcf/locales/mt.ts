import type { TcfMessages } from '../messages.js';

/** Maltese. */
const mt: TcfMessages = {
  intro:
    'Aħna u s-sħab tagħna ({vendors} b’kollox) naħżnu informazzjoni fuq l-apparat tiegħek, bħall-cookies, u naċċessawha, u nipproċessaw data personali, bħal identifikaturi uniċi u data dwar il-browsing, għal dawn l-iskopijiet:',
  legitimateInterest: 'Xi sħab jipproċessaw id-data abbażi tal-interess leġittimu tagħhom minflok ma jitolbu l-kunsens tiegħek; tista’ toġġezzjona għal dan fl-issettjar.',
  scope: 'L-għażliet tiegħek japplikaw għal dan is-sit biss. Tista’ tibdilhom jew tirtira l-kunsens tiegħek fi kwalunkwe ħin bil-buttuna “Issettjar tal-cookies”.',
  vendorsLink: 'Ara s-sħab tagħna ({vendors})',
  title: 'Sħab tar-reklamar (IAB TCF)',
  purposes: 'Skopijiet',
  specialPurposes: 'Skopijiet speċjali (dejjem applikati, ma jistgħux jiġu rifjutati)',
  features: 'Karatteristiċi (użati għall-iskopijiet imsemmija hawn fuq)',
  specialFeatures: 'Karatteristiċi speċjali',
  vendors: 'Sħab ({vendors})',
  consent: 'Kunsens',
  li: 'Interess leġittimu (itfih biex toġġezzjona)',
  usedBy: 'Numru ta’ sħab li jużawh: {vendors}',
  examples: 'Eżempji',
  vendorPurposes: 'Skopijiet (kunsens)',
  vendorLi: 'Skopijiet (interess leġittimu)',
  retention: 'Perjodu ta’ żamma tad-data (f’jiem): {days}',
  dataCategories: 'Data użata',
  cookies: 'Perjodu massimu ta’ ħażna tal-cookies (f’jiem): {days}',
  noCookies: 'Ma jaħżen l-ebda cookie',
  otherStorage: 'Juża wkoll ħażna oħra fuq l-apparat',
  storageDetails: 'Dettalji dwar il-ħażna fuq l-apparat',
  privacy: 'Politika tal-privatezza',
  liClaim: 'L-interess leġittimu invokat',
  atps: 'Fornituri oħra ta’ teknoloġija tar-reklamar ({count})',
  atpsText: 'Fornituri li Google jaħdem magħhom u li mhumiex fil-lista tal-IAB; għażla waħda għalihom kollha.',
  atpsLink: 'Il-lista ta’ Google',
};

export default mt;
