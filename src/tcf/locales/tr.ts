import type { TcfMessages } from '../messages.js';

/** Turkish. */
const tr: TcfMessages = {
  intro:
    'Biz ve {vendors} iş ortağımız, cihazınızda çerezler gibi bilgileri depolarız ve bunlara erişiriz; ayrıca benzersiz tanımlayıcılar ve tarama verileri gibi kişisel verileri şu amaçlarla işleriz:',
  legitimateInterest: 'Bazı iş ortakları, onayınızı istemek yerine verileri meşru menfaatlerine dayanarak işler; buna ayarlardan itiraz edebilirsiniz.',
  scope: 'Seçimleriniz yalnızca bu site için geçerlidir. Bunları dilediğiniz zaman “Çerez ayarları” düğmesiyle değiştirebilir veya onayınızı geri çekebilirsiniz.',
  vendorsLink: 'İş ortaklarımızı görün ({vendors})',
  title: 'Reklam iş ortakları (IAB TCF)',
  purposes: 'Amaçlar',
  specialPurposes: 'Özel amaçlar (her zaman uygulanır, reddedilemez)',
  features: 'Özellikler (yukarıdaki amaçlar için kullanılır)',
  specialFeatures: 'Özel özellikler',
  vendors: 'İş ortakları ({vendors})',
  consent: 'Onay',
  li: 'Meşru menfaat (itiraz etmek için kapatın)',
  usedBy: '{vendors} iş ortağı tarafından kullanılıyor',
  examples: 'Örnekler',
  vendorPurposes: 'Amaçlar (onay)',
  vendorLi: 'Amaçlar (meşru menfaat)',
  retention: 'Verileri {days} gün saklar',
  dataCategories: 'Kullanılan veriler',
  cookies: 'Çerezleri en fazla {days} gün saklar',
  noCookies: 'Çerez saklamaz',
  otherStorage: 'Cihazda başka depolama alanları da kullanır',
  storageDetails: 'Cihazda depolamaya ilişkin ayrıntılar',
  privacy: 'Gizlilik politikası',
  liClaim: 'Dayanılan meşru menfaat',
  atps: 'Diğer reklam teknolojisi sağlayıcıları ({count})',
  atpsText: 'Google’ın birlikte çalıştığı ve IAB listesinde yer almayan sağlayıcılar; hepsi için tek bir seçim yapılır.',
  atpsLink: 'Google’ın listesi',
};

export default tr;
