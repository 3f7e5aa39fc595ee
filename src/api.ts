import { attributeConfig, mergeConfig } from './attributes.js';
import type { ConsentEventMap, ConsentEventType } from './core/events.js';
import { ConsentManager, type Choices } from './core/manager.js';
import type { ConsentChange } from './core/store.js';
import type { PlaceholderFactory } from './core/embed.js';
import type { ConsentConfig, ConsentRecord, ResolvedConfig } from './core/types.js';
import type { Finding } from './core/validate.js';

/** How the library runs on this page, beside the config: set with the first `init()`. */
export interface InitOptions {
  /**
   * Loads an optional module on demand: `locales/<lang>`, `log`, `placeholder` and
   * `validate` (and, in the script-tag bundle, `ui`: the banner and panel). By default the
   * package's own dynamic imports; in the script-tag bundle, `<name>.js` beside it.
   */
  loadModule?: (name: string) => Promise<unknown>;
  /** Makes the stand-in for a held-back embed; by default the `placeholder` module. */
  placeholder?: PlaceholderFactory;
  /** The nonce gated scripts and templates must carry to run (a CSP with nonces); empty: any. */
  nonce?: string;
}

/** The public API: `window.CookieConsent` and the `CookieConsent` export. */
export interface CookieConsentApi {
  /**
   * Applies a config, reads the stored consent and shows the banner if a choice is needed.
   * The attributes of the page's `<cookie-consent>` element override the config's fields.
   * `options` sets how modules load, how embeds are held and the nonce.
   */
  init(config?: ConsentConfig | null, options?: InitOptions): CookieConsentApi;
  /** The stored consent (frozen), or `null` before a choice. */
  get(): ConsentRecord | null;
  granted(category: string, service?: string): boolean;
  whenGranted(category: string, service?: string): Promise<void>;
  acceptAll(): ConsentChange;
  /** Grants the required categories only. */
  rejectAll(): ConsentChange;
  /** A map changes the current choice; an array means exactly these plus the required ones. */
  set(choices: Choices, services?: Record<string, string[]>): ConsentChange;
  /**
   * Switches the texts live to a language (or the first available of several), loading
   * its locale on demand; English if it is not available within 1.5 s.
   */
  setLanguage(languages: string | string[]): Promise<void>;
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
  /** Forgets the consent, clears the optional categories' cookies and shows the banner. */
  reset(): void;
  /**
   * Checks a config: invalid fields (`error`) and choices regulators call non-compliant
   * (`warning`: no policy link, pre-ticked categories, opt-out mode, a hidden reject, a
   * lifetime over 395 days, tracking cookies in a required category).
   */
  validate(config: ConsentConfig): Promise<Finding[]>;
  on<K extends ConsentEventType>(type: K, listener: (event: ConsentEventMap[K]) => void): () => void;
  /** The resolved config (read-only). */
  readonly config: Readonly<ResolvedConfig>;
}

export const TAG = 'cookie-consent';

/** The one manager the element and the API share (internal: the package exports the API, not this). */
export const manager = /* @__PURE__ */ new ConsentManager();

function mount(): void {
  if (!customElements.get(TAG) || document.querySelector(TAG)) return;
  const append = () => {
    if (!document.querySelector(TAG)) document.body.append(document.createElement(TAG));
  };
  if (document.body) append();
  else document.addEventListener('DOMContentLoaded', append, { once: true });
}

const METHODS = ['get', 'granted', 'whenGranted', 'acceptAll', 'rejectAll', 'set', 'setLanguage', 'showBanner', 'showPreferences', 'hide', 'reset', 'validate', 'on'] as const;

/** Wraps a manager in the public API (internal); `autoMount` appends a `<cookie-consent>` on init if the page has none. */
export function createApi(m: ConsentManager, autoMount = true): CookieConsentApi {
  const api = {
    init(config?: ConsentConfig | null, options?: InitOptions) {
      if (options?.loadModule) m.loadModule = options.loadModule;
      if (options?.placeholder) m.placeholder = options.placeholder;
      if (typeof options?.nonce === 'string') m.nonce = options.nonce;
      const el = autoMount && document.querySelector(TAG);
      if (autoMount) mount();
      m.init(el ? mergeConfig(config ?? {}, attributeConfig(el)) : (config ?? {}));
      return api;
    },
    get config() {
      return m.config;
    },
  } as CookieConsentApi;
  for (const name of METHODS) Object.assign(api, { [name]: m[name].bind(m) });
  return Object.freeze(api);
}

export const CookieConsent: CookieConsentApi = /* @__PURE__ */ createApi(manager);
