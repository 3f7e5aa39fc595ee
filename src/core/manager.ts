import { consoleReporter, resolveConfig } from './config.js';
import {
  CONSENT_CHANGE,
  CONSENT_HIDE,
  CONSENT_READY,
  CONSENT_SHOW,
  emit,
  type ConsentEventMap,
  type ConsentEventType,
  type ConsentView,
} from './events.js';
import { StandIns, type PlaceholderFactory } from './embed.js';
import type { ConsentExtension } from './extension.js';
import { ScriptGate } from './gate.js';
import { isBot, isDevHost } from './agents.js';
import { LOCALES, mergeMessages, pickLanguage, wantedLanguages } from './i18n.js';
import { consentDefault, consentUpdate } from './integrations/consent-mode.js';
import { LogClient, shortHash, type ConsentAction, type ConsentLogEntry } from './integrations/log.js';
import type { CookieJar } from './jar.js';
import { loadModule } from './load-module.js';
import { LocaleLoader } from './locale-loader.js';
import { PageHooks, type HookAction } from './page-hooks.js';
import { ConsentStore, deepFreeze, gpcSignal, type ConsentChange } from './store.js';
import { TabSync } from './tab-sync.js';
import { tcfStub } from '../tcf/stub.js';
import type { ConsentConfig, ConsentRecord, Messages, ResolvedConfig } from './types.js';


type Validator = typeof import('./validate.js');
type Finding = ReturnType<Validator['validate']>[number];

/** What a `set()` call accepts: a map of choices, or the exact list to grant. */
export type Choices = Record<string, boolean> | string[];

/**
 * Sends the Consent Mode default for a config before anything else runs (the script-tag
 * bundle calls it at evaluation with an inline config); `init` does it otherwise.
 */
export function consentModeDefault(config: ConsentConfig, jar?: CookieJar): void {
  const resolved = resolveConfig(config, () => undefined);
  consentDefault(resolved, new ConsentStore(resolved, jar).grantedCategories());
}

interface Waiter {
  category: string;
  service?: string;
  resolve: () => void;
}

/**
 * The consent logic behind `window.CookieConsent`: config, store, gating, views and
 * events. Lit-free; a UI subscribes to it and renders `view`.
 */
export class ConsentManager {
  /** The config in force: the defaults until `init()`. */
  get config(): ResolvedConfig {
    return (this.#config ??= resolveConfig({}, () => undefined));
  }

  /** The texts in the current language. */
  get messages(): Messages {
    return (this.#messages ??= mergeMessages(undefined, undefined));
  }

  lang = 'en';
  /** Whether the first layer is open. */
  banner = false;
  /** Whether the preferences panel is open (it may sit over the banner). */
  preferences = false;
  /**
   * How many choices were saved on this page (0: none), for the UI's status message: it
   * changes with every save, so each one is announced (WCAG 4.1.3).
   */
  get saved(): number {
    return this.#saved;
  }

  /**
   * Makes the stand-in for a held-back embed. By default the `placeholder` module, loaded
   * on demand the first time there is an embed to hold; until it is there (or if it
   * fails to load) the embed simply stays empty.
   */
  placeholder?: PlaceholderFactory;
  /** A locale is loading: the UI waits (at most `LOCALE_TIMEOUT_MS`) rather than flash English. */
  get localePending(): boolean {
    return this.#localePending;
  }

  /** The views wait: for the locale, or for the TCF module and its vendor list. */
  get waiting(): boolean {
    return this.#localePending || this.#extending;
  }

  /** The IAB TCF CMP, once its module and vendor list are in (config `tcf`). */
  extension?: ConsentExtension;
  #extending = false;

  /**
   * Loads an optional module on demand: `locales/<lang>`, `log` (the proof-of-consent
   * sender), `placeholder` (embeds) and `validate` (field errors, compliance lint). By
   * default the package's own dynamic imports; in the script-tag bundle, beside its URL.
   */
  loadModule: (name: string) => Promise<unknown> = loadModule;
  /**
   * The nonce that gated scripts and templates must carry to be activated; empty: any. The
   * script-tag bundle sets it from its own `<script nonce>`; with npm, pass it as
   * `CookieConsent.init(config, { nonce })` (or set it before a headless manager's `init()`).
   */
  nonce = '';

  #store: ConsentStore | null = null;
  #gate: ScriptGate | null = null;
  #host: (EventTarget & { isConnected?: boolean }) | null = null;
  readonly #listeners = new Set<() => void>();
  #waiters: Waiter[] = [];
  #readyFired = false;
  readonly #tabs = new TabSync(() => this.refresh());
  readonly #hooks = new PageHooks((action, el) => this.#runHook(action, el), () => this.refresh());
  readonly #locales = new LocaleLoader();
  // Made on first use: most pages have no embed, and many no log.
  #log?: LogClient;
  #standIns?: StandIns;
  /** The element that opened the preferences, to give focus back. */
  #opener: HTMLElement | null = null;
  #saved = 0;
  #localePending = false;
  #config?: ResolvedConfig;
  #messages?: Messages;

  readonly #jar?: CookieJar;

  constructor(jar?: CookieJar) {
    this.#jar = jar;
  }

  /** A development host or `debug`: compliance warnings and hints are printed too. */
  get #dev(): boolean {
    return this.config.debug || isDevHost(location.hostname);
  }

  /** Applies a config (again, if called twice), reads the stored consent, runs granted scripts. */
  init(config: ConsentConfig = {}): this {
    // A plain-data, frozen copy: handed out read-only, the caller's objects stay theirs, and a
    // reactive proxy or a callback in the input cannot make it throw.
    const bad: Array<[string, unknown]> = [];
    this.#config = deepFreeze(JSON.parse(JSON.stringify(resolveConfig(config, (field, got) => bad.push([field, got])))) as ResolvedConfig);
    // The validate module names each bad field with what it expects (briefly, if it cannot
    // load) and, in development, prints the compliance warnings.
    const dev = this.#dev;
    if (bad.length || dev) {
      this.loadModule('validate').then(
        (mod) => (mod as Validator).lint(config, dev),
        () => bad.forEach(([field, got]) => consoleReporter(field, got)),
      );
    }
    void this.setLanguage(wantedLanguages(this.config));
    const { tcf } = this.config;
    if (tcf && !this.extension && !this.#extending) {
      tcfStub(tcf.gdprApplies !== false);
      this.#extending = true;
      this.loadModule('tcf')
        .then((mod) => (mod as typeof import('../tcf/cmp.js')).startTcf(this))
        .then((ext) => (this.extension = ext), () => undefined)
        .finally(() => {
          this.#extending = false;
          this.#notify();
        });
    }
    // Crawlers (by user agent only) get no banner, and nothing optional is granted to them, in any mode.
    const bot = this.config.hideFromBots && isBot(navigator.userAgent);
    const store = (this.#store = new ConsentStore(bot ? { ...this.config, mode: 'opt-in' } : this.config, this.#jar));
    consentDefault(this.config, store.grantedCategories());
    // Load the sender now, so a choice is posted at once; it also retries what is waiting.
    this.#sendLog();
    // One gate for the page: it holds the embeds it replaced with placeholders.
    this.#gate ??= new ScriptGate((c, s) => this.granted(c, s), document, (embed) => (this.#standIns ??= new StandIns(this, () => void this.#gate?.run())).for(embed));
    this.#gate.nonce = this.nonce;
    this.#hooks.install();
    this.#tabs.open(this.config.cookie.name);
    this.#applyGrants();
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => void this.#gate?.run(), { once: true });
    }
    this.#gate.observe();
    // What is not granted stays cleared on every page: tags re-create their cookies.
    store.clearDenied();
    if (store.needsConsent() && !bot) this.showBanner();
    this.#notify();
    if (!this.#readyFired) {
      this.#readyFired = true;
      queueMicrotask(() => emit(this.#target(), CONSENT_READY, { consent: this.get() }));
    }
    return this;
  }

  get(): ConsentRecord | null {
    return this.#store?.get() ?? null;
  }

  granted(category: string, service?: string): boolean {
    return this.#store?.granted(category, service) ?? false;
  }

  /**
   * Switches the texts to the first of `languages` that is available (`de-AT` → `de`),
   * loading its locale module if needed; English if none is, or if loading fails or
   * takes longer than `LOCALE_TIMEOUT_MS`. Resolves once the texts are in place.
   */
  async setLanguage(languages: string | string[]): Promise<void> {
    const { translations } = this.config;
    const wanted = [languages].flat();
    const lang = pickLanguage(wanted, [...LOCALES, ...Object.keys(translations)]);
    // English for a page in a language we have no texts for: right, but say so while developing.
    const asked = wanted.find(Boolean)?.toLowerCase();
    if (lang === 'en' && asked && !asked.startsWith('en') && this.#dev) {
      console.warn(`[cookie-consent] no texts for "${asked}": English is shown. Add yours with translations: { ${asked.split('-')[0]}: { … } } (README: Languages)`);
    }
    const request = this.#locales.next();
    const apply = (locale?: Partial<Messages>) => {
      // A later call may have picked another language meanwhile.
      if (!this.#locales.isLatest(request)) return;
      const use = locale || lang in translations || lang === 'en' ? lang : 'en';
      this.lang = use;
      this.#messages = mergeMessages(locale, translations[use]);
      this.#localePending = false;
      this.#notify();
      void this.#gate?.run();
    };
    if (this.#locales.ready(lang)) return apply(this.#locales.get(lang));
    this.#localePending = true;
    apply(await this.#locales.load(lang, (name) => this.loadModule(name)));
  }

  /**
   * Checks a config: invalid fields (errors) and choices regulators call non-compliant
   * (warnings). Loads the `validate` module on demand.
   */
  async validate(config: ConsentConfig): Promise<Finding[]> {
    return ((await this.loadModule('validate')) as Validator).validate(config);
  }

  /** A category's name in the current language. */
  label(id: string): string {
    return this.config.categories.find((c) => c.id === id)?.label ?? this.messages.categories[id]?.label ?? id;
  }

  /** Resolves once `category` (and `service`) is granted; at once if it already is. */
  whenGranted(category: string, service?: string): Promise<void> {
    if (this.granted(category, service)) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ category, service, resolve }));
  }

  /** True when the browser sends Global Privacy Control and the config honours it. */
  get gpc(): boolean {
    return gpcSignal(this.config);
  }

  acceptAll(): ConsentChange {
    const ids = this.config.categories.filter((c) => !(this.gpc && c.gpc)).map((c) => c.id);
    return this.#save(ids, undefined, 'accept-all');
  }

  rejectAll(): ConsentChange {
    return this.#save([], undefined, 'reject-all');
  }

  /** Saves a choice: a map (changes to the current state) or an array (exactly these). */
  set(choices: Choices, services?: Record<string, string[]>): ConsentChange {
    const known = this.config.categories.map((c) => c.id);
    const list = Array.isArray(choices) ? choices : Object.keys(choices);
    const unknown = list.filter((id) => !known.includes(id));
    if (unknown.length) console.warn('[cookie-consent] unknown categories:', unknown);
    if (Array.isArray(choices)) return this.#save(choices, services, 'custom');
    const next = new Set(this.#store?.grantedCategories() ?? []);
    for (const [id, on] of Object.entries(choices)) {
      if (on) next.add(id);
      else next.delete(id);
    }
    // A map changes only what it names: the other categories keep their services, and on a
    // first visit they are not declined (the visitor has not seen them: the banner stays).
    return this.#save(next, { ...this.get()?.services, ...services }, 'custom', Object.keys(choices));
  }

  showBanner(): void {
    if (this.banner) return;
    this.banner = true;
    this.#changed('show', 'banner');
  }

  /** Opens the panel (over the banner, if it is open); `opener` gets focus back on close. */
  showPreferences(opener?: HTMLElement | null): void {
    if (opener !== undefined) this.#opener = opener;
    if (this.preferences) return;
    this.preferences = true;
    this.#changed('show', 'preferences');
  }

  /** Closes every open view. Never grants anything. */
  hide(): void {
    this.dismissPreferences();
    if (!this.banner) return;
    this.banner = false;
    this.#changed('hide', 'banner');
  }

  /** The element that opened the preferences (once: the panel is closing and gives focus back). */
  takeOpener(): HTMLElement | null {
    const opener = this.#opener;
    this.#opener = null;
    return opener;
  }

  /** Closes the panel without saving; the banner stays if it was open. */
  dismissPreferences(): void {
    if (!this.preferences) return;
    this.preferences = false;
    this.#changed('hide', 'preferences');
  }

  /** Forgets the consent, clears the optional categories' cookies and asks again. */
  reset(): void {
    this.#store?.reset();
    this.#tabs.post('reset');
    this.#forgotten();
  }

  /** No consent any more (here or in another tab): tags are told, cookies cleared, the banner asks. */
  #forgotten(): void {
    this.extension?.changed('reset');
    this.#syncConsentMode();
    this.#store?.clearDenied();
    this.#saved = 0;
    this.showBanner();
  }

  /** Listens to a consent event wherever it is dispatched; returns the unsubscriber. */
  on<K extends ConsentEventType>(type: K, listener: (event: ConsentEventMap[K]) => void): () => void {
    window.addEventListener(type, listener);
    return () => window.removeEventListener(type, listener);
  }

  /**
   * Claims the views for an element: the first connected one renders them and receives
   * the events; a second `<cookie-consent>` renders nothing. Returns whether `host` has them.
   */
  attach(host: EventTarget): boolean {
    if (!this.#host?.isConnected) this.#host = host;
    return this.#host === host;
  }

  detach(host: EventTarget): void {
    if (this.#host === host) {
      this.#host = null;
      // Another element on the page may take over.
      this.#notify();
    }
  }

  /** Calls `fn` whenever the view or the consent changes; returns the unsubscriber. */
  subscribe(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /** Runs a `data-cc` page hook. */
  #runHook(action: HookAction, opener: HTMLElement | null): void {
    if (action === 'preferences') this.showPreferences(opener);
    else if (action === 'accept-all') this.acceptAll();
    else this.rejectAll();
  }

  /** Posts `entry` (and retries what waits) through the on-demand sender, when `log` is configured. */
  #sendLog(entry?: ConsentLogEntry): void {
    const log = this.config.log;
    if (log) (this.#log ??= new LogClient()).send((name) => this.loadModule(name), log.endpoint, `${this.config.cookie.name}_log`, entry);
  }

  #save(categories: Iterable<string>, services: Record<string, string[]> | undefined, action: ConsentAction, seen?: string[]): ConsentChange {
    if (!this.#store) this.init();
    const store = this.#store as ConsentStore;
    const change = store.save(categories, services, seen);
    // The TCF choices go with it, before the views close (the panel's draft is still there).
    this.extension?.changed(action);
    this.#saved++;
    if (!store.needsConsent()) this.hide();
    this.#sendLog({
      ...change.consent,
      action,
      language: this.lang,
      gpc: this.gpc,
      url: location.origin + location.pathname,
      textHash: shortHash(JSON.stringify([this.messages, this.config.categories])),
    });
    this.#afterChange(change);
    this.#tabs.post('change');
    return change;
  }

  /** Tells Google tags the state now in force. */
  #syncConsentMode(): void {
    consentUpdate(this.config, this.#store?.grantedCategories() ?? []);
  }

  #afterChange(change: ConsentChange): void {
    this.#syncConsentMode();
    this.#applyGrants();
    const revoked = change.changed.filter((id) => !change.granted.includes(id));
    this.#store?.clearDenied();
    this.#notify();
    emit(this.#target(), CONSENT_CHANGE, change);
    if (revoked.length && this.config.reloadOnRevoke) location.reload();
  }

  #applyGrants(): void {
    void this.#gate?.run();
    const ready = this.#waiters.filter((w) => this.granted(w.category, w.service));
    this.#waiters = this.#waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  /** The topmost open view, or `null`. */
  get view(): ConsentView | null {
    return this.preferences ? 'preferences' : this.banner ? 'banner' : null;
  }

  #changed(what: 'show' | 'hide', view: ConsentView): void {
    this.#notify();
    emit(this.#target(), what === 'show' ? CONSENT_SHOW : CONSENT_HIDE, { view });
  }

  #target(): EventTarget {
    return this.#host?.isConnected ? this.#host : window;
  }

  #notify(): void {
    for (const fn of this.#listeners) fn();
  }

  /** Stops watching the page (hooks, late content, other tabs); the consent stays stored. */
  destroy(): void {
    this.#gate?.disconnect();
    this.#gate = null;
    this.#tabs.close();
    this.#hooks.remove();
  }

  /** Re-reads the cookie and follows a choice made in another tab. */
  refresh(): void {
    const store = this.#store;
    if (!store) return;
    const before = store.get();
    const beforeGranted = store.grantedCategories();
    const after = store.load();
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    if (!after) return this.#forgotten();
    if (!store.needsConsent()) this.hide();
    this.extension?.changed('sync');
    this.#afterChange({ consent: after, granted: store.grantedCategories(), changed: store.changedSince(beforeGranted), first: !before });
  }
}
