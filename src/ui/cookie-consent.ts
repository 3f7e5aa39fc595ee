import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { CookieConsent, manager, TAG } from '../api.js';
import { isRtl } from '../core/i18n.js';
import type { ConsentConfig, CookieInfo, Messages, ResolvedCategory } from '../core/types.js';
import { adoptStyles } from './cookie-consent.styles.js';


/**
 * `HTMLElement` in a browser; on a server (SSR, Node), where there is none, a stand-in, so
 * that importing this module touches no DOM global.
 */
const Base = (globalThis as Partial<typeof globalThis>).HTMLElement ?? (Object as unknown as typeof HTMLElement);

/** What can take focus, for giving it back after a choice. */
const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"])';

/** The first visible focusable page element after `host` in the reading order, else the first one. */
function nextFocusable(host: Element): HTMLElement | undefined {
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.getClientRects().length > 0);
  return all.find((e) => host.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) ?? all[0];
}

/** A cookie name as words: `/^_ga/` → "names starting with _ga", another `/regex/` → "names matching …". */
function cookieName(name: string, m: Messages): string {
  const regex = /^\/(.*)\/[a-z]*$/.exec(name)?.[1];
  if (regex === undefined) return name;
  const prefix = /^\^([\w-]+)(?:\.\*)?$/.exec(regex)?.[1];
  return prefix ? m.cookiePrefix.replace('{prefix}', () => prefix) : m.cookiePattern.replace('{pattern}', () => regex);
}

/** The draft key of a service switch. */
const serviceKey = (category: string, service: string) => `${category}:${service}`;

/**
 * The cookie-consent banner and preferences panel, rendered with Lit templates.
 *
 * It is a plain custom element around lit-html's `render()` rather than a `LitElement`:
 * it has one object property and no reactive attributes, and that saves about 2.5 KB
 * gzip (ReactiveElement) in the script-tag bundle. State lives in the consent manager;
 * the element subscribes while connected and re-renders once per microtask.
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

  /** Resolves once the latest requested render is on screen. */
  updateComplete: Promise<boolean> = Promise.resolve(true);

  private cfg?: ConsentConfig;
  private pending = false;
  private unsubscribe?: () => void;
  /** The panel's switches before Save: category ids and `category:service` keys. */
  private draft = new Set<string>();
  /** The page element that had focus before it entered the banner or panel. */
  private returnTo: Element | null = null;
  /** The page's room for the banner: scroll padding and a spacer, adopted by the document. */
  private room?: CSSStyleSheet;
  private roomCss = '';

  constructor() {
    super();
    adoptStyles(this.attachShadow({ mode: 'open' }));
  }

  /** The full config; setting it (re)initialises consent. Attributes override its fields. */
  get config(): ConsentConfig | undefined {
    return this.cfg;
  }

  set config(config: ConsentConfig | undefined) {
    this.cfg = config;
    // Set before the element is in the page (as templates do): applied once it is, with its attributes.
    if (config && this.isConnected) CookieConsent.init(config);
  }

  connectedCallback(): void {
    // Claim the views now, so the first events already reach listeners on the document.
    manager.attach(this);
    if (this.cfg) CookieConsent.init(this.cfg);
    this.unsubscribe = manager.subscribe(() => this.requestUpdate());
    document.addEventListener('focusin', this.onPageFocus);
    addEventListener('resize', this.makeRoom);
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this.unsubscribe?.();
    document.removeEventListener('focusin', this.onPageFocus);
    removeEventListener('resize', this.makeRoom);
    this.room?.replaceSync((this.roomCss = ''));
    manager.detach(this);
  }

  /** WCAG 2.4.11: page content that gets focus under the banner is scrolled to the middle, clear of it. */
  private readonly onPageFocus = ({ target, relatedTarget }: FocusEvent): void => {
    // Focus entering the views (retargeted to this element): remember where it came from.
    if (target === this && relatedTarget instanceof Element && relatedTarget !== this) this.returnTo = relatedTarget;
    const b = this.shadowRoot?.querySelector('section')?.getBoundingClientRect();
    const t = target !== this && target instanceof Element && target.getBoundingClientRect();
    if (b && t && t.bottom > b.top && t.top < b.bottom) target.scrollIntoView({ block: 'nearest' });
  };

  /** Renders in the next microtask, once however many changes came before. */
  requestUpdate(): void {
    if (this.pending) return;
    this.pending = true;
    this.updateComplete = Promise.resolve().then(() => {
      this.pending = false;
      this.update();
      return true;
    });
  }

  private get dialog(): HTMLDialogElement | null {
    return (this.shadowRoot as ShadowRoot).querySelector('dialog');
  }

  private update(): void {
    // Removed while an update was pending: nothing to draw (and no dialog to open).
    if (!this.isConnected) return;
    // The panel opens showing the choice in force.
    if (manager.preferences && !this.dialog?.open) this.draft = this.currentChoice();
    const root = this.shadowRoot as ShadowRoot;
    const focused = root.activeElement;
    render(this.render(), root, { host: this });
    // The focused button went with the view (a choice was made): never leave focus nowhere (WCAG 2.4.3).
    // After a mouse click (no visible focus) without scrolling the page to where focus lands.
    if (focused && !root.activeElement && !manager.preferences) this.giveFocusBack(!focused.matches(':focus-visible'));
    this.makeRoom();
    const dialog = this.dialog;
    if (!dialog || dialog.open === manager.preferences) return;
    if (dialog.open) dialog.close();
    else dialog.showModal();
  }

  private currentChoice(): Set<string> {
    const on = new Set<string>();
    for (const c of manager.config.categories) {
      if (!c.services?.length) {
        if (manager.granted(c.id)) on.add(c.id);
      } else {
        for (const s of c.services) if (manager.granted(c.id, s.id)) on.add(serviceKey(c.id, s.id));
      }
    }
    return on;
  }

  private onDialogClose(): void {
    const opener = manager.opener;
    manager.opener = null;
    manager.dismissPreferences();
    if (opener?.isConnected) opener.focus();
    else if (!(this.shadowRoot as ShadowRoot).activeElement) this.giveFocusBack(false);
  }

  /**
   * WCAG 2.4.11: while a bar or box sits at the top or bottom, the page gets scroll padding
   * of the banner's height (focus scrolls clear of it) and as much space at that end (the
   * last controls can scroll clear too). A modal sits in the middle and dims the page.
   */
  private readonly makeRoom = (): void => {
    const section = (this.shadowRoot as ShadowRoot).querySelector('section');
    let css = '';
    if (section && manager.config.layout !== 'modal') {
      const top = manager.config.position.startsWith('top');
      const covered = Math.ceil(top ? section.offsetTop + section.offsetHeight : innerHeight - section.offsetTop);
      css = `html{scroll-padding-${top ? 'top' : 'bottom'}:${covered}px}body::${top ? 'before' : 'after'}{content:"";display:block;height:${covered}px}`;
    }
    if (css === this.roomCss) return;
    this.roomCss = css;
    if (!this.room) document.adoptedStyleSheets = [...document.adoptedStyleSheets, (this.room = new CSSStyleSheet())];
    this.room.replaceSync(css);
  };

  /** Back to where the visitor was before the banner, or the page's next control, or the reopen button. */
  private giveFocusBack(preventScroll: boolean): void {
    const target = this.returnTo?.isConnected ? this.returnTo : (nextFocusable(this) ?? (this.shadowRoot as ShadowRoot).querySelector('.reopen'));
    (target as HTMLElement | null)?.focus({ preventScroll });
  }

  private onCancel(event: Event): void {
    event.preventDefault();
    this.dialog?.close();
  }

  /** A category switch sets all of its services; a service switch only itself. */
  private onToggle(event: Event): void {
    const { name, checked } = event.target as HTMLInputElement;
    const services = manager.config.categories.find((c) => c.id === name)?.services;
    const keys = services?.length ? services.map((s) => serviceKey(name, s.id)) : [name];
    for (const key of keys) {
      if (checked) this.draft.add(key);
      else this.draft.delete(key);
    }
    this.requestUpdate();
  }

  private save(): void {
    const categories: string[] = [];
    const services: Record<string, string[]> = {};
    for (const c of manager.config.categories) {
      const on = c.services?.filter((s) => this.draft.has(serviceKey(c.id, s.id))).map((s) => s.id);
      if (on) services[c.id] = on;
      if (on?.length || this.draft.has(c.id)) categories.push(c.id);
    }
    manager.set(categories, services);
  }

  private openPreferences(event: Event): void {
    manager.showPreferences(event.currentTarget as HTMLElement);
  }

  private reopenVisible(): boolean {
    const setting = manager.config.reopenButton;
    if (manager.view || !manager.get() || setting === false) return false;
    return setting === true || !document.querySelector('[data-cc="preferences"]');
  }

  private render(): TemplateResult | typeof nothing {
    // Two elements on a page: the first connected one shows the views.
    if (!manager.attach(this)) return nothing;
    const { theme, layout, position } = manager.config;
    const m = manager.messages;
    return html`<div class="${theme} ${layout} ${position.replace('-', ' ')}" lang=${manager.lang} dir=${isRtl(manager.lang) ? 'rtl' : 'ltr'}>
      ${manager.banner && !manager.localePending ? this.renderBanner() : nothing}
      ${this.renderPreferences()}
      ${this.reopenVisible()
        ? html`<button class="reopen" part="button reopen" aria-label=${m.reopen} @click=${this.openPreferences}></button>`
        : nothing}
      <div role="status">${manager.saved ? m.saved + (manager.saved % 2 ? '' : '\u00a0') : ''}</div>
    </div>`;
  }

  private renderPolicyLink(): TemplateResult | typeof nothing {
    const url = manager.config.policyUrl;
    return url ? html` <a href=${url} part="policy-link">${manager.messages.policyLink}</a>` : nothing;
  }

  /** Accept all and Reject all: the same element, class and size, on every layer. */
  private renderChoices(): TemplateResult {
    const m = manager.messages;
    return html`<button class="btn" part="button accept-all" @click=${() => manager.acceptAll()}>${m.acceptAll}</button>
      <button class="btn" part="button reject-all" @click=${() => manager.rejectAll()}>${m.rejectAll}</button>`;
  }

  private renderBanner(): TemplateResult {
    const m = manager.messages;
    return html`${manager.config.layout === 'modal' ? html`<div class="dim" part="backdrop"></div>` : nothing}
      <section part="banner" aria-labelledby="cc-title" aria-describedby="cc-text">
        <div class="text">
          <h2 id="cc-title">${m.bannerTitle}</h2>
          <p id="cc-text">${manager.config.mode === 'opt-out' ? m.optOutText : this.informed()}${this.renderPolicyLink()}</p>
        </div>
        <div class="actions">
          ${this.renderChoices()}
          <button class="btn alt" part="button open-preferences" @click=${this.openPreferences}>${m.customize}</button>
        </div>
      </section>`;
  }

  /**
   * The first layer's text for informed consent: the site's own purposes that Accept all
   * grants, and those for which data goes to third parties, from the config's categories.
   */
  private informed(): string {
    const m = manager.messages;
    const optional = manager.config.categories.filter((c) => !c.required);
    const list = (cats: ResolvedCategory[]) => cats.map((c) => manager.label(c.id)).join(', ');
    const shared = optional.filter((c) => c.thirdParty || c.cookies?.some((k) => k.thirdParty) || c.services?.some((s) => s.cookies?.some((k) => k.thirdParty)));
    let text = m.bannerText;
    if (optional.length) text += ` ${m.purposesText.replace('{purposes}', () => list(optional))}`;
    if (shared.length) text += ` ${m.thirdPartiesText.replace('{purposes}', () => list(shared))}`;
    return text;
  }

  private renderPreferences(): TemplateResult {
    const m = manager.messages;
    return html`<dialog part="preferences" aria-labelledby="cc-prefs-title" @close=${this.onDialogClose} @cancel=${this.onCancel}>
      ${manager.preferences
        ? html`<div class="head">
              <h2 id="cc-prefs-title">${m.preferencesTitle}</h2>
              <button class="close" part="button close" aria-label=${m.close} @click=${() => this.dialog?.close()}>×</button>
            </div>
            <div class="body">
              <p>${m.preferencesText}${this.renderPolicyLink()}</p>
              <ul>
                ${manager.config.categories.map((c) => this.renderCategory(c))}
              </ul>
            </div>
            <div class="foot">
              ${this.renderChoices()}
              <button class="btn alt" part="button save" @click=${this.save}>${m.save}</button>
            </div>`
        : nothing}
    </dialog>`;
  }

  /** A labelled switch; `part` is `toggle` for a category, `service` for a service. */
  private renderSwitch(name: string, part: string, label: string, on: boolean, locked: boolean, mixed = false): TemplateResult {
    const id = `cc-${name}`;
    return html`<div class="row">
      <label for=${id}>${label}</label>
      ${locked ? html`<small>${manager.messages.alwaysOn}</small>` : nothing}
      <input
        id=${id}
        type="checkbox"
        role="switch"
        part=${part}
        name=${name}
        aria-describedby="${id}-desc"
        .checked=${locked || on}
        .indeterminate=${mixed}
        ?disabled=${locked}
        @change=${this.onToggle}
      />
    </div>`;
  }

  private renderCategory(c: ResolvedCategory): TemplateResult {
    const m = manager.messages;
    const text = m.categories[c.id];
    const services = c.services ?? [];
    const onCount = services.filter((s) => this.draft.has(serviceKey(c.id, s.id))).length;
    const on = services.length ? onCount === services.length : this.draft.has(c.id);
    const cookies = [...(c.cookies ?? []), ...services.flatMap((s) => (s.cookies ?? []).map((k) => ({ provider: s.label ?? s.id, ...k })))];
    return html`<li part="category">
      ${this.renderSwitch(c.id, 'toggle', manager.label(c.id), on, c.required, onCount > 0 && !on)}
      <p id="cc-${c.id}-desc">${c.description ?? text?.description ?? ''}</p>
      ${manager.gpc && c.gpc ? html`<p>${on ? m.gpcOverridden : m.gpcHonoured}</p>` : nothing}
      ${services.length
        ? html`<ul class="services">
            ${services.map((s) => {
              const key = serviceKey(c.id, s.id);
              return html`<li>
                ${this.renderSwitch(key, 'service', s.label ?? s.id, this.draft.has(key), c.required)}
                <p id="cc-${key}-desc">${s.description ?? ''}</p>
              </li>`;
            })}
          </ul>`
        : nothing}
      ${cookies.length ? this.renderCookies(cookies, manager.label(c.id)) : nothing}
    </li>`;
  }

  private renderCookies(cookies: CookieInfo[], category: string): TemplateResult {
    const m = manager.messages;
    // A first-/third-party column where the config says which is which.
    const party = cookies.some((k) => typeof k.thirdParty === 'boolean');
    return html`<details>
      <summary>${m.cookieTable} (${cookies.length})</summary>
      <table part="cookies" aria-label="${m.cookieTable}: ${category}">
        <tr><th>${m.cookieName}</th><th>${m.cookieProvider}</th><th>${m.cookiePurpose}</th><th>${m.cookieDuration}</th>${party ? html`<th>${m.cookieParty}</th>` : nothing}</tr>
        ${cookies.map(
          (k) =>
            html`<tr><td>${cookieName(k.name, m)}</td><td>${k.provider}</td><td>${k.purpose}</td><td>${k.duration}</td>${party
              ? html`<td>${k.thirdParty ? m.thirdParty : k.thirdParty === false ? m.firstParty : ''}</td>`
              : nothing}</tr>`,
        )}
      </table>
    </details>`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
