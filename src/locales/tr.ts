import type { Messages } from '../core/types.js';

/** Turkish. */
const tr: Messages = {
  bannerTitle: 'Gizliliğinize önem veriyoruz',
  bannerText:
    'Çerezler ve benzeri teknolojiler kullanıyoruz. Sitenin çalışması için gerekli olanlar her zaman açıktır; diğerleri yalnızca onayınızla kullanılır. Onayınızı dilediğiniz zaman “Çerez ayarları” bağlantısı üzerinden değiştirebilir veya geri çekebilirsiniz.',
  purposesText: '“Tümünü kabul et” şunlara izin verir: {purposes}.',
  thirdPartiesText: 'Şu amaçlar için veriler üçüncü taraflarla paylaşılır: {purposes}.',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  customize: 'Özelleştir',
  policyLink: 'Gizlilik politikası',
  preferencesTitle: 'Çerez ayarları',
  preferencesText:
    'Hangi çerezleri kullanabileceğimizi seçin. Kesinlikle gerekli çerezler her zaman açıktır, çünkü site bunlar olmadan çalışamaz. Seçiminiz bu site için geçerlidir ve dilediğiniz zaman değiştirilebilir.',
  save: 'Seçimleri kaydet',
  close: 'Kaydetmeden kapat',
  alwaysOn: 'Her zaman açık',
  reopen: 'Çerez ayarları',
  saved: 'Çerez tercihleriniz kaydedildi.',
  gpcHonoured: 'Tarayıcınız Global Privacy Control ret sinyali gönderiyor. Bu sinyale uyuyoruz: Siz kendiniz açmadığınız sürece bu kategori kapalı kalır.',
  gpcOverridden: 'Tarayıcınız Global Privacy Control ret sinyali gönderiyor, ancak bu kategoriyi siz kendiniz açtınız. Sinyale uymak için kapatın.',
  cookieName: 'Ad',
  cookieProvider: 'Sağlayıcı',
  cookiePurpose: 'Amaç',
  cookieDuration: 'Süre',
  cookieTable: 'Kullanılan çerezler',
  cookieParty: 'Yerleştiren',
  firstParty: 'Bu site',
  thirdParty: 'Üçüncü taraf',
  cookiePrefix: '{prefix} ile başlayan adlar',
  cookiePattern: '{pattern} ile eşleşen adlar',
  optOutText:
    'Çerezleri istatistik ve reklam amacıyla kullanıyoruz; bu, verilerin iş ortaklarımızla paylaşılmasını içerebilir. Buna dilediğiniz zaman itiraz edebilirsiniz: Burada “Tümünü reddet” seçeneğini belirleyin veya daha sonra “Çerez ayarları” bağlantısını kullanın.',
  embedText: 'Bu {provider} içeriği, “{category}” kategorisindeki çerezlere izin verene kadar engellenmiştir.',
  embedButton: 'İzin ver ve yükle',
  categories: {
    necessary: {
      label: 'Kesinlikle gerekli',
      description: 'Sitenin çalışması için gereklidir; örneğin siteyi güvende tutar ve çerez tercihlerinizi hatırlar. Kapatılamaz.',
    },
    preferences: {
      label: 'Tercihler',
      description: 'Dil veya bölge gibi ayarları hatırlayarak sitenin seçtiğiniz şekilde çalışmasını sağlar.',
    },
    analytics: {
      label: 'Analiz',
      description: 'Sitenin nasıl kullanıldığını anonimleştirilmiş istatistiklerle anlamamıza ve siteyi geliştirmemize yardımcı olur.',
    },
    marketing: {
      label: 'Pazarlama',
      description: 'Size daha ilgili reklamlar göstermek ve bunların etkisini ölçmek için bizim ve iş ortaklarımız tarafından kullanılır.',
    },
  },
};

export default tr;
