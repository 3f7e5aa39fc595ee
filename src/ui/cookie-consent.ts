import { CookieConsent, manager, TAG } from '../api.js';
import { isRtl } from '../core/i18n.js';
import type { ConsentConfig } from '../core/types.js';
import { importViews } from './load-views.js';
import { adoptShellStyles } from './shell.styles.js';
import type { ConsentViews } from './view.js';

/**
 * `HTMLElement` in a browser; on a server (SSR, Node), where there is none, a stand-in, so
 * that importing this module touches no DOM global.
 */
const Base = (globalThis as Partial<typeof globalThis>).HTMLElement ?? (Object as unknown as typeof HTMLElement);

type ViewModule = typeof import('./view.js');

let views: Promise<ViewModule> | undefined;

/** Loads the banner and panel (once), the first time a view must open. */
function loadViews(): Promise<ViewModule> {
  return (views ??= importViews());
}

/**
 * The cookie-consent banner and preferences panel.
 *
 * The element itself is small and has no Lit in it: it owns its attributes, the floating
 * reopen button and the status region, drawn in plain DOM. The banner and panel (lit-html
 * templates and their stylesheet, `./view.js`) are loaded the first time a view must open,
 * so a returning visitor's page never loads them. State lives in the consent manager; the
 * element subscribes while connected and updates once per microtask.
 *
 * @tag cookie-consent
 * @attr {string} policy-url - Privacy policy URL (overrides `config.policyUrl`).
 * @attr {string} cookie-name - Consent cookie name (overrides `config.cookie.name`).
 * @attr {number} revision - Policy revision (overrides `config.revision`).
 * @attr {string} lang - Banner language (overrides `config.language`).
 * @attr {'bar' | 'box' | 'modal'} layout - `bar`, `box` or `modal` (overrides `config.layout`).
 * @attr {string} position - Where the banner sits, e.g. `top`, `bottom-left` (overrides `config.position`).
 * @attr {'light' | 'dark' | 'auto'} theme - `light`, `dark` or `auto` (overrides `config.theme`).
 * @fires {CustomEvent<ConsentReadyDetail>} consent-ready - Once, after init. `detail: { consent }`
 * @fires {CustomEvent<ConsentChangeDetail>} consent-change - Every saved choice. `detail: { consent, granted, changed, first }`
 * @fires {CustomEvent<ConsentViewDetail>} consent-show - A view opened. `detail: { view: 'banner' | 'preferences' }`
 * @fires {CustomEvent<ConsentViewDetail>} consent-hide - A view closed. `detail: { view }`
 * @csspart banner - The first layer.
 * @csspart backdrop - The dimmed page behind the `modal` layout's banner.
 * @csspart preferences - The preferences `<dialog>`.
 * @csspart button - Every button.
 * @csspart accept-all - Accept all.
 * @csspart reject-all - Reject all.
 * @csspart open-preferences - Customize.
 * @csspart save - Save choices.
 * @csspart close - Close the panel without saving.
 * @csspart reopen - The floating "Cookie settings" button.
 * @csspart policy-link - The privacy policy link.
 * @csspart category - One category row.
 * @csspart toggle - A category switch (its `name` is the category id).
 * @csspart service - A service switch (its `name` is `category:service`).
 * @csspart cookies - A category's cookie table.
 * @cssprop {<color>} [--cc-bg=#ffffff] - Background (dark: #16191d).
 * @cssprop {<color>} [--cc-fg=#1b1f24] - Text colour (dark: #eef1f4).
 * @cssprop {<color>} [--cc-muted=#4a525c] - Secondary text (dark: #b7bfc8).
 * @cssprop {<color>} [--cc-border=#d3d8de] - Borders (dark: #3a424c).
 * @cssprop {<color>} [--cc-accent=#1d4ed8] - Buttons and switches (dark: #93b4ff).
 * @cssprop {<color>} [--cc-accent-fg=#ffffff] - Text on the accent colour (dark: #0b1220).
 * @cssprop {<color>} [--cc-button-bg] - Accept/Reject background (default the accent).
 * @cssprop {<color>} [--cc-button-fg] - Accept/Reject text.
 * @cssprop {<color>} [--cc-button-border] - Accept/Reject border.
 * @cssprop {<color>} [--cc-switch-off=#6b7280] - A switch that is off (dark: #8b949e).
 * @cssprop {*} [--cc-font=system-ui] - Font family.
 * @cssprop {<length>} [--cc-font-size=15px] - Base font size.
 * @cssprop {<length>} [--cc-radius=8px] - Button radius; boxes and the panel use 1.5 times it.
 * @cssprop {<length>} [--cc-space=1.25rem] - Padding.
 * @cssprop {<length>} [--cc-gap=0.625rem] - Space between buttons.
 * @cssprop {*} [--cc-shadow] - Shadow of banner and panel.
 * @cssprop {<color>} [--cc-backdrop] - Behind the panel and the modal banner.
 * @cssprop {<color>} [--cc-focus] - Focus ring colour.
 * @cssprop {<integer>} [--cc-z-index=2147483000] - Stacking order.
 * @cssprop {<length>} [--cc-box-width=26rem] - Width of the box and modal layouts.
 */
export class CookieConsentElement extends Base {
  /**
   * Registers the element under `tag` (default `cookie-consent`); safe to call again, and
   * a no-op where there is no `customElements` (server rendering). The registry takes a
   * class once: for a second tag, define a subclass (`class extends CookieConsentElement {}`).
   */
  static define(tag = TAG): void {
    if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, this);
  }

  /** Resolves once the latest requested update is on screen (with the views, if one is open). */
  updateComplete: Promise<boolean> = Promise.resolve(true);

  #config?: ConsentConfig;
  #pending = false;
  #unsubscribe?: () => void;
  /** The shadow root's wrapper, reopen button and status region, made on the first update; the views render before the status. */
  #wrap?: HTMLDivElement;
  #reopen?: HTMLButtonElement;
  #status?: HTMLDivElement;
  /** The banner and panel, once loaded. */
  #views?: ConsentViews;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  /** The full config; setting it (re)initialises consent. Attributes override its fields. */
  get config(): ConsentConfig | undefined {
    return this.#config;
  }

  set config(config: ConsentConfig | undefined) {
    this.#config = config;
    // Set before the element is in the page (as templates do): applied once it is, with its attributes.
    if (config && this.isConnected) CookieConsent.init(config);
  }

  connectedCallback(): void {
    // Claim the views now, so the first events already reach listeners on the document.
    manager.attach(this);
    if (this.#config) CookieConsent.init(this.#config);
    this.#unsubscribe = manager.subscribe(() => this.requestUpdate());
    this.#views?.hostConnected();
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#views?.hostDisconnected();
    manager.detach(this);
  }

  /** Updates in the next microtask, once however many changes came before. */
  requestUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    // Not `Promise.resolve().then(…)`: Parcel's production build turns that into a load of the views chunk.
    this.updateComplete = new Promise((resolve) =>
      queueMicrotask(() => {
        this.#pending = false;
        void this.#update().then(() => resolve(true));
      }),
    );
  }

  async #update(): Promise<void> {
    // Removed while an update was pending: nothing to draw (and no dialog to open).
    if (!this.isConnected) return;
    const root = this.shadowRoot as ShadowRoot;
    // Two elements on a page: the first connected one shows the views.
    const mine = manager.attach(this);
    // A view must open: its file is on its way before anything else is drawn.
    const loading = mine && !this.#views && manager.view ? loadViews() : undefined;
    if (!this.#wrap) {
      if (!mine) return;
      adoptShellStyles(root);
      this.#wrap = document.createElement('div');
      this.#reopen = document.createElement('button');
      this.#reopen.className = 'reopen';
      this.#reopen.setAttribute('part', 'button reopen');
      this.#reopen.onclick = () => manager.showPreferences(this.#reopen);
      this.#status = document.createElement('div');
      this.#status.setAttribute('role', 'status');
      this.#wrap.append(this.#status);
      root.append(this.#wrap);
    }
    const wrap = this.#wrap;
    if (!mine) {
      // Another element holds the views now: draw nothing (and start afresh if this one gets them back).
      this.#views?.hostDisconnected();
      this.#views = this.#wrap = undefined;
      wrap.remove();
      return;
    }
    const { theme, layout, position } = manager.config;
    const t = manager.messages;
    wrap.className = `${theme} ${layout} ${position.replace('-', ' ')}`;
    wrap.lang = manager.lang;
    wrap.dir = isRtl(manager.lang) ? 'rtl' : 'ltr';
    const reopen = this.#reopen as HTMLButtonElement;
    const status = this.#status as HTMLDivElement;
    if (this.#reopenVisible()) status.before(reopen);
    else reopen.remove();
    reopen.setAttribute('aria-label', t.reopen);
    status.textContent = manager.saved ? t.saved + (manager.saved % 2 ? '' : '\u00a0') : '';
    if (loading) {
      let mod: ViewModule;
      try {
        mod = await loading;
      } catch {
        // The loader has named the missing file; the page goes on without a banner.
        return;
      }
      // Removed, or the views went to another element, while they loaded.
      if (!this.isConnected || this.#views || this.#wrap !== wrap) return;
      this.#views = new mod.ConsentViews(this, manager, wrap, status);
      this.#views.hostConnected();
    }
    this.#views?.hostUpdate();
  }

  #reopenVisible(): boolean {
    const setting = manager.config.reopenButton;
    if (manager.view || !manager.get() || setting === false) return false;
    return setting === true || !document.querySelector('[data-cc="preferences"]');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
