/** One cookie (or a family of cookies) a category or service sets. */
export interface CookieInfo {
  /** Exact name, or a `/regex/` (e.g. `"/^_ga_/"`) matching several. */
  name: string;
  provider?: string;
  purpose?: string;
  duration?: string;
  /** Set by another company than the site (shown as "Third party" in the cookie table). */
  thirdParty?: boolean;
}

/** A single vendor or tool inside a category, for per-service choices. */
export interface ServiceConfig {
  id: string;
  label?: string;
  description?: string;
  cookies?: CookieInfo[];
}

/** A purpose the visitor can accept or refuse. */
export interface CategoryConfig {
  id: string;
  label?: string;
  description?: string;
  /** Always granted; shown as a locked, checked switch. */
  required?: boolean;
  /** A "sale/sharing" purpose that Global Privacy Control opts out of (default: `marketing`). */
  gpc?: boolean;
  /** Data for this purpose goes to third parties, and the first layer says so (default: `marketing`). */
  thirdParty?: boolean;
  cookies?: CookieInfo[];
  services?: ServiceConfig[];
}

export type Layout = 'bar' | 'box' | 'modal';
export type Theme = 'light' | 'dark' | 'auto';
export type Mode = 'opt-in' | 'opt-out';

export interface CookieOptions {
  name?: string;
  domain?: string;
  path?: string;
  sameSite?: 'Lax' | 'Strict';
}

export interface ExpiryDays {
  accept: number;
  reject: number;
}

/** Every field is optional; see the README's config reference for defaults. */
export interface ConsentConfig {
  categories?: CategoryConfig[];
  revision?: number;
  expiresDays?: number | ExpiryDays;
  cookie?: CookieOptions;
  policyUrl?: string;
  language?: string;
  translations?: Record<string, Partial<Messages>>;
  layout?: Layout;
  position?: string;
  theme?: Theme;
  googleConsentMode?: boolean | Record<string, string[]>;
  /** Consent Mode: redact ad click ids while `ad_storage` is denied. */
  adsDataRedaction?: boolean;
  /** Consent Mode: pass click ids through URLs while storage is denied. */
  urlPassthrough?: boolean;
  respectGPC?: boolean;
  mode?: Mode;
  reopenButton?: boolean | 'auto';
  log?: { endpoint: string };
  hideFromBots?: boolean;
  reloadOnRevoke?: boolean;
  /** Print compliance warnings in the console on any host (always on localhost and *.test). */
  debug?: boolean;
  /** IAB TCF 2.3 for programmatic advertising (README: IAB TCF). */
  tcf?: TcfConfig;
}

/** A category after resolution: `required`, `gpc` and `thirdParty` always known. */
export interface ResolvedCategory extends CategoryConfig {
  required: boolean;
  gpc: boolean;
  thirdParty: boolean;
}

/** IAB TCF 2.3 (README: IAB TCF). Off unless configured. */
export interface TcfConfig {
  /** The CMP ID IAB Europe registered for whoever operates this CMP. */
  cmpId: number;
  /** Your CMP's version (default 1). */
  cmpVersion?: number;
  /** The site's own URL for the vendor list (v3) and its translations, e.g. `/gvl/` (served by `vendorListHandler`). */
  vendorListUrl: string;
  /** The GVL ids of the vendors the site works with (default: every vendor in the list). */
  vendors?: number[];
  /** The publisher's country, ISO 3166-1 alpha-2 (default `AA`: unknown). */
  publisherCountryCode?: string;
  /** Whether GDPR applies to this visitor (default `true`); `false` shows no TCF choices and tells vendors so. */
  gdprApplies?: boolean;
  /** Purpose 1 is not disclosed because the publisher's country does not require it (TCF `purposeOneTreatment`). */
  purposeOneTreatment?: boolean;
  /** Google's Ad Tech Provider ids for Additional Consent (`addtl_consent`). */
  googleAtps?: number[];
}

/** A config with every default applied and every field checked. */
export interface ResolvedConfig {
  categories: ResolvedCategory[];
  revision: number;
  expiresDays: ExpiryDays;
  cookie: Required<Omit<CookieOptions, 'domain'>> & { domain?: string };
  policyUrl: string;
  language: string;
  translations: Record<string, Partial<Messages>>;
  layout: Layout;
  position: string;
  theme: Theme;
  googleConsentMode: false | Record<string, string[]>;
  adsDataRedaction: boolean;
  urlPassthrough: boolean;
  respectGPC: boolean;
  mode: Mode;
  reopenButton: boolean | 'auto';
  log: { endpoint: string } | null;
  hideFromBots: boolean;
  reloadOnRevoke: boolean;
  debug: boolean;
  tcf: TcfConfig | null;
}

/** The consent cookie's content (version 1), as documented in the README. */
export interface ConsentRecord {
  v: 1;
  id: string;
  revision: number;
  /** Granted categories, the required ones included. */
  categories: string[];
  /** Non-required categories the visitor saw and did not grant. */
  declined: string[];
  /** Granted services per category. */
  services: Record<string, string[]>;
  /** ISO 8601 time of the first choice. */
  given: string;
  /** ISO 8601 time of the latest choice. */
  updated: string;
}

export interface CategoryMessages {
  label: string;
  description: string;
}

/** Every visible string. Locales implement all of it; `translations` override any part. */
export interface Messages {
  bannerTitle: string;
  bannerText: string;
  /** First layer: every purpose "Accept all" grants (`{purposes}`: the config's category labels). */
  purposesText: string;
  /** First layer: the purposes for which data goes to third parties. */
  thirdPartiesText: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;
  policyLink: string;
  preferencesTitle: string;
  preferencesText: string;
  save: string;
  close: string;
  alwaysOn: string;
  reopen: string;
  saved: string;
  gpcHonoured: string;
  /** Beside a GPC category the visitor switched on themselves (the signal says no). */
  gpcOverridden: string;
  cookieName: string;
  cookieProvider: string;
  cookiePurpose: string;
  cookieDuration: string;
  /** Caption of a category's cookie table. */
  cookieTable: string;
  /** Header of the cookie table's first-/third-party column. */
  cookieParty: string;
  firstParty: string;
  thirdParty: string;
  /** A cookie name given as `/^_ga/`, in words. */
  cookiePrefix: string;
  /** Any other `/regex/` cookie name, in words. */
  cookiePattern: string;
  /** The banner's text in opt-out mode: a notice with a Reject choice. */
  optOutText: string;
  /** A blocked embed's placeholder; `{provider}` and `{category}` are filled in. */
  embedText: string;
  /** The placeholder's button, which grants the embed's category (or service). */
  embedButton: string;
  categories: Record<string, CategoryMessages>;
}
