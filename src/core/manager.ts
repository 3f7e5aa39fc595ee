import { resolveConfig } from './config.js';
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
import { ScriptGate } from './gate.js';
import { mergeMessages, pickLanguage, wantedLanguages } from './i18n.js';
import { consentDefault, consentState, consentUpdate } from './integrations/consent-mode.js';
import { sendLog, shortHash, type ConsentAction } from './integrations/log.js';
import type { CookieJar } from './jar.js';
import { ConsentStore, deepFreeze, gpcSignal, type ConsentChange } from './store.js';
import type { ConsentConfig, ConsentRecord, Messages, ResolvedConfig } from './types.js';

/** User agents of crawlers and previewers that should not see the banner (never `navigator.webdriver`). */
const BOT = /bot|crawl|spider|slurp|facebookexternalhit|lighthouse|prerender/i;

export const isBot = (ua: string): boolean => BOT.test(ua);

/** What a `set()` call accepts: a map of choices, or the exact list to grant. */
export type Choices = Record<string, boolean> | string[];

export type HookAction = 'preferences' | 'accept-all' | 'reject-all';

/**
 * Sends the Consent Mode default for a config before anything else runs (the script-tag
 * bundle calls it at evaluation with an inline config); `init` does it otherwise.
 */
export function consentModeDefault(config: ConsentConfig, jar?: CookieJar): void {
  const resolved = resolveConfig(config, () => undefined);
  const mapping = resolved.googleConsentMode;
  if (mapping) consentDefault(consentState(mapping, new ConsentStore(resolved, jar).grantedCategories()), resolved);
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
  config: ResolvedConfig = resolveConfig({}, () => undefined);
  messages: Messages = mergeMessages(undefined, undefined);
  lang = 'en';
  /** Whether the first layer is open. */
  banner = false;
  /** Whether the preferences panel is open (it may sit over the banner). */
  preferences = false;
  /** The element that opened the preferences, to give focus back. */
  opener: HTMLElement | null = null;
  /** A choice was saved on this page, for the UI's status message. */
  saved = false;

  private store: ConsentStore | null = null;
  private gate: ScriptGate | null = null;
  private host: (EventTarget & { isConnected?: boolean }) | null = null;
  private readonly listeners = new Set<() => void>();
  private waiters: Waiter[] = [];
  private readyFired = false;
  private channel: BroadcastChannel | null = null;

  constructor(private readonly jar?: CookieJar) {}

  get initialized(): boolean {
    return this.store !== null;
  }

  /** Applies a config (again, if called twice), reads the stored consent, runs granted scripts. */
  init(config: ConsentConfig = {}): this {
    // A frozen copy: `config` is handed out read-only, and the caller's objects stay theirs.
    this.config = deepFreeze(structuredClone(resolveConfig(config)));
    this.lang = pickLanguage(wantedLanguages(this.config), ['en', ...Object.keys(this.config.translations)]);
    this.messages = mergeMessages(undefined, this.config.translations[this.lang]);
    const store = (this.store = new ConsentStore(this.config, this.jar));
    const { googleConsentMode: mapping, mode, log } = this.config;
    if (mapping) consentDefault(consentState(mapping, store.grantedCategories()), this.config);
    if (log) void sendLog(log.endpoint, this.logKey);
    this.gate?.disconnect();
    this.gate = new ScriptGate((c, s) => this.granted(c, s));
    this.installHooks();
    this.openChannel();
    this.applyGrants();
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => void this.gate?.run(), { once: true });
    }
    this.gate.observe();
    // Categories the visitor refused stay cleared on every page (tags re-create them).
    store.clear(store.get()?.declined ?? []);
    // Opt-out mode: the browser's opt-out signal is the visitor's answer; no banner needed.
    if (mode === 'opt-out' && this.gpc && !store.get()) this.save(store.defaultGrants(), undefined, 'gpc');
    const bot = this.config.hideFromBots && isBot(navigator.userAgent);
    if (store.needsConsent() && !bot) this.showBanner();
    this.notify();
    if (!this.readyFired) {
      this.readyFired = true;
      queueMicrotask(() => emit(this.target(), CONSENT_READY, { consent: this.get() }));
    }
    return this;
  }

  get(): ConsentRecord | null {
    return this.store?.get() ?? null;
  }

  granted(category: string, service?: string): boolean {
    return this.store?.granted(category, service) ?? false;
  }

  /** Resolves once `category` (and `service`) is granted; at once if it already is. */
  whenGranted(category: string, service?: string): Promise<void> {
    if (this.granted(category, service)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ category, service, resolve }));
  }

  /** True when the browser sends Global Privacy Control and the config honours it. */
  get gpc(): boolean {
    return gpcSignal(this.config);
  }

  acceptAll(): ConsentChange {
    const ids = this.config.categories.filter((c) => !(this.gpc && c.gpc)).map((c) => c.id);
    return this.save(ids, undefined, 'accept-all');
  }

  rejectAll(): ConsentChange {
    return this.save([], undefined, 'reject-all');
  }

  /** Saves a choice: a map (changes to the current state) or an array (exactly these). */
  set(choices: Choices, services?: Record<string, string[]>): ConsentChange {
    const known = this.config.categories.map((c) => c.id);
    const list = Array.isArray(choices) ? choices : Object.keys(choices);
    const unknown = list.filter((id) => !known.includes(id));
    if (unknown.length) console.warn('[cookie-consent] unknown categories:', unknown);
    if (Array.isArray(choices)) return this.save(choices, services, 'custom');
    const next = new Set(this.store?.grantedCategories() ?? []);
    for (const [id, on] of Object.entries(choices)) {
      if (on) next.add(id);
      else next.delete(id);
    }
    return this.save(next, services, 'custom');
  }

  showBanner(): void {
    if (this.banner) return;
    this.banner = true;
    this.changed('show', 'banner');
  }

  /** Opens the panel (over the banner, if it is open); `opener` gets focus back on close. */
  showPreferences(opener?: HTMLElement | null): void {
    if (opener !== undefined) this.opener = opener;
    if (this.preferences) return;
    this.preferences = true;
    this.changed('show', 'preferences');
  }

  /** Closes every open view. Never grants anything. */
  hide(): void {
    this.dismissPreferences();
    if (!this.banner) return;
    this.banner = false;
    this.changed('hide', 'banner');
  }

  /** Closes the panel without saving; the banner stays if it was open. */
  dismissPreferences(): void {
    if (!this.preferences) return;
    this.preferences = false;
    this.changed('hide', 'preferences');
  }

  /** Forgets the consent, clears the optional categories' cookies and asks again. */
  reset(): void {
    this.store?.reset();
    this.syncConsentMode();
    this.saved = false;
    this.channel?.postMessage('reset');
    this.showBanner();
  }

  /** Listens to a consent event wherever it is dispatched; returns the unsubscriber. */
  on<K extends ConsentEventType>(type: K, listener: (event: ConsentEventMap[K]) => void): () => void {
    window.addEventListener(type, listener);
    return () => window.removeEventListener(type, listener);
  }

  /** The element that renders the views; events are dispatched on it while it is connected. */
  attach(host: EventTarget): void {
    this.host = host;
  }

  detach(host: EventTarget): void {
    if (this.host === host) this.host = null;
  }

  /** Calls `fn` whenever the view or the consent changes; returns the unsubscriber. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Runs a `data-cc` page hook. */
  runHook(action: HookAction, opener: HTMLElement | null): void {
    if (action === 'preferences') this.showPreferences(opener);
    else if (action === 'accept-all') this.acceptAll();
    else this.rejectAll();
  }

  private get logKey(): string {
    return `${this.config.cookie.name}_log`;
  }

  private save(categories: Iterable<string>, services: Record<string, string[]> | undefined, action: ConsentAction): ConsentChange {
    if (!this.store) this.init();
    const store = this.store as ConsentStore;
    const change = store.save(categories, services);
    this.saved = true;
    this.hide();
    const log = this.config.log;
    if (log) {
      void sendLog(log.endpoint, this.logKey, {
        ...change.consent,
        action,
        language: this.lang,
        gpc: this.gpc,
        url: location.origin + location.pathname,
        textHash: shortHash(JSON.stringify([this.messages, this.config.categories])),
      });
    }
    this.afterChange(change);
    this.channel?.postMessage('change');
    return change;
  }

  /** Tells Google tags the state now in force. */
  private syncConsentMode(): void {
    const mapping = this.config.googleConsentMode;
    const granted = this.store?.grantedCategories() ?? [];
    if (mapping) consentUpdate(consentState(mapping, granted), granted);
  }

  private afterChange(change: ConsentChange): void {
    this.syncConsentMode();
    this.applyGrants();
    const revoked = change.changed.filter((id) => !change.granted.includes(id));
    this.store?.clear(revoked);
    this.notify();
    emit(this.target(), CONSENT_CHANGE, change);
    if (revoked.length && this.config.reloadOnRevoke) location.reload();
  }

  private applyGrants(): void {
    void this.gate?.run();
    const ready = this.waiters.filter((w) => this.granted(w.category, w.service));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  /** The topmost open view, or `null`. */
  get view(): ConsentView | null {
    return this.preferences ? 'preferences' : this.banner ? 'banner' : null;
  }

  private changed(what: 'show' | 'hide', view: ConsentView): void {
    this.notify();
    emit(this.target(), what === 'show' ? CONSENT_SHOW : CONSENT_HIDE, { view });
  }

  private target(): EventTarget {
    return this.host?.isConnected ? this.host : window;
  }

  private notify(): void {
    for (const fn of this.listeners) fn();
  }

  private readonly onClick = (event: Event): void => {
    const el = event
      .composedPath()
      .find((n): n is HTMLElement => n instanceof HTMLElement && n.hasAttribute('data-cc'));
    const action = el?.getAttribute('data-cc');
    if (!el || (action !== 'preferences' && action !== 'accept-all' && action !== 'reject-all')) return;
    event.preventDefault();
    this.runHook(action, el);
  };

  // Another tab may have saved a choice; pick it up when the visitor comes back.
  private readonly onVisible = (): void => {
    if (document.visibilityState === 'visible') this.refresh();
  };

  /** Idempotent: the browser ignores a listener added twice. */
  private installHooks(): void {
    document.addEventListener('click', this.onClick);
    document.addEventListener('visibilitychange', this.onVisible);
  }

  /** Stops watching the page (hooks, late content, other tabs); the consent stays stored. */
  destroy(): void {
    this.gate?.disconnect();
    this.channel?.close();
    this.channel = null;
    document.removeEventListener('click', this.onClick);
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  private openChannel(): void {
    this.channel?.close();
    this.channel =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`cookie-consent:${this.config.cookie.name}`);
    if (this.channel) this.channel.onmessage = () => this.refresh();
  }

  /** Re-reads the cookie and follows a choice made in another tab. */
  refresh(): void {
    const store = this.store;
    if (!store) return;
    const before = store.get();
    const beforeGranted = store.grantedCategories();
    const after = store.load();
    if (before?.updated === after?.updated && before?.id === after?.id) return;
    if (!after) {
      this.showBanner();
      return;
    }
    if (!store.needsConsent()) this.hide();
    this.afterChange({ consent: after, granted: store.grantedCategories(), changed: store.changedSince(beforeGranted), first: !before });
  }
}
