/**
 * The views: banner and preferences panel, rendered with lit-html into the element's shadow
 * root. Loaded on demand, the first time a view must open; a returning visitor's page never
 * loads it. A controller in the style of Lit's `ReactiveController`: the element creates it,
 * calls `hostConnected` / `hostDisconnected` with its own callbacks and `hostUpdate` after
 * every change, and the controller keeps the view state (the panel's draft, focus return,
 * the page's room for the banner).
 */
import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import type { ConsentManager } from '../core/manager.js';
import type { ResolvedCategory } from '../core/types.js';
import { adoptStyles } from './cookie-consent.styles.js';
import type { ViewKit } from '../core/extension.js';
import { cookieTable, informedText, switchRow } from './templates.js';

/** What can take focus, for giving it back after a choice. */
const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"])';

/** The first visible focusable page element after `host` in the reading order, else the first one. */
function nextFocusable(host: Element): HTMLElement | undefined {
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.getClientRects().length > 0);
  return all.find((e) => host.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) ?? all[0];
}

/** The draft key of a service switch. */
const serviceKey = (category: string, service: string) => `${category}:${service}`;

/** The element the views belong to: it renders them again when asked. */
export type ViewHost = HTMLElement & { requestUpdate(): void; readonly updateComplete: Promise<boolean> };

/** Renders the banner and the panel of one `<cookie-consent>` element. */
export class ConsentViews {
  readonly #host: ViewHost;
  readonly #root: ShadowRoot;
  readonly #m: ConsentManager;
  /** The element's wrapper, which the views render into, before `#before` (the shell's own nodes). */
  readonly #into: HTMLElement;
  readonly #before: ChildNode;
  /** The panel's switches before Save: category ids and `category:service` keys. */
  #draft = new Set<string>();
  /** The page element that had focus before it entered the banner or panel. */
  #returnTo: Element | null = null;
  /** The page's room for the banner: scroll padding and a spacer, adopted by the document. */
  #room?: CSSStyleSheet;
  #roomCss = '';
  /** What the TCF module draws its part with. */
  readonly #kit: ViewKit;

  constructor(host: ViewHost, manager: ConsentManager, into: HTMLElement, before: ChildNode) {
    this.#host = host;
    this.#root = host.shadowRoot as ShadowRoot;
    this.#m = manager;
    this.#into = into;
    this.#before = before;
    adoptStyles(this.#root);
    this.#kit = {
      html,
      nothing,
      switchRow,
      get messages() {
        return manager.messages;
      },
      update: () => host.requestUpdate(),
      openPreferences: (opener) => manager.showPreferences(opener),
    };
  }

  hostConnected(): void {
    document.addEventListener('focusin', this.#onPageFocus);
    addEventListener('resize', this.#makeRoom);
  }

  hostDisconnected(): void {
    document.removeEventListener('focusin', this.#onPageFocus);
    removeEventListener('resize', this.#makeRoom);
    this.#room?.replaceSync((this.#roomCss = ''));
  }

  /** Draws the views for the manager's state, opens or closes the panel and keeps focus somewhere. */
  hostUpdate(): void {
    const m = this.#m;
    // The panel opens showing the choice in force.
    if (m.preferences && !this.#dialog?.open) this.#draft = this.#currentChoice();
    const root = this.#root;
    const focused = root.activeElement;
    render(this.#render(), this.#into, { host: this.#host, renderBefore: this.#before });
    // The focused button went with the view (a choice was made): never leave focus nowhere (WCAG 2.4.3).
    // After a mouse click (no visible focus) without scrolling the page to where focus lands.
    if (focused && !root.activeElement && !m.preferences) this.#giveFocusBack(!focused.matches(':focus-visible'));
    this.#makeRoom();
    const dialog = this.#dialog;
    if (!dialog || dialog.open === m.preferences) return;
    if (dialog.open) dialog.close();
    else dialog.showModal();
  }

  /** WCAG 2.4.11: page content that gets focus under the banner is scrolled to the middle, clear of it. */
  readonly #onPageFocus = ({ target, relatedTarget }: FocusEvent): void => {
    const host = this.#host;
    // Focus entering the views (retargeted to the element): remember where it came from.
    if (target === host && relatedTarget instanceof Element && relatedTarget !== host) this.#returnTo = relatedTarget;
    const b = this.#root.querySelector('section')?.getBoundingClientRect();
    const t = target !== host && target instanceof Element && target.getBoundingClientRect();
    if (b && t && t.bottom > b.top && t.top < b.bottom) target.scrollIntoView({ block: 'nearest' });
  };

  get #dialog(): HTMLDialogElement | null {
    return this.#root.querySelector('dialog');
  }

  #currentChoice(): Set<string> {
    const m = this.#m;
    const on = new Set<string>();
    for (const c of m.config.categories) {
      if (!c.services?.length) {
        if (m.granted(c.id)) on.add(c.id);
      } else {
        for (const s of c.services) if (m.granted(c.id, s.id)) on.add(serviceKey(c.id, s.id));
      }
    }
    return on;
  }

  readonly #onDialogClose = (): void => {
    const opener = this.#m.takeOpener();
    this.#m.dismissPreferences();
    if (opener?.isConnected) return opener.focus();
    // The reopen button comes back with the update that closes the panel: focus it then.
    void this.#host.updateComplete.then(() => {
      if (opener?.isConnected) opener.focus();
      else if (!this.#root.activeElement) this.#giveFocusBack(false);
    });
  };

  /**
   * WCAG 2.4.11: while a bar or box sits at the top or bottom, the page gets scroll padding
   * of the banner's height (focus scrolls clear of it) and as much space at that end (the
   * last controls can scroll clear too). A modal sits in the middle and dims the page.
   */
  readonly #makeRoom = (): void => {
    const section = this.#root.querySelector('section');
    const { layout, position } = this.#m.config;
    let css = '';
    if (section && layout !== 'modal') {
      const top = position.startsWith('top');
      const covered = Math.ceil(top ? section.offsetTop + section.offsetHeight : innerHeight - section.offsetTop);
      css = `html{scroll-padding-${top ? 'top' : 'bottom'}:${covered}px}body::${top ? 'before' : 'after'}{content:"";display:block;height:${covered}px}`;
    }
    if (css === this.#roomCss) return;
    this.#roomCss = css;
    if (!this.#room) document.adoptedStyleSheets = [...document.adoptedStyleSheets, (this.#room = new CSSStyleSheet())];
    this.#room.replaceSync(css);
  };

  /** Back to where the visitor was before the banner, or the page's next control, or the reopen button. */
  #giveFocusBack(preventScroll: boolean): void {
    const target = this.#returnTo?.isConnected ? this.#returnTo : (nextFocusable(this.#host) ?? this.#root.querySelector('.reopen'));
    (target as HTMLElement | null)?.focus({ preventScroll });
  }

  readonly #onCancel = (event: Event): void => {
    event.preventDefault();
    this.#dialog?.close();
  };

  /** A category switch sets all of its services; a service switch only itself. */
  readonly #onToggle = (event: Event): void => {
    const { name, checked } = event.target as HTMLInputElement;
    const services = this.#m.config.categories.find((c) => c.id === name)?.services;
    const keys = services?.length ? services.map((s) => serviceKey(name, s.id)) : [name];
    for (const key of keys) {
      if (checked) this.#draft.add(key);
      else this.#draft.delete(key);
    }
    this.#host.requestUpdate();
  };

  readonly #save = (): void => {
    const categories: string[] = [];
    const services: Record<string, string[]> = {};
    for (const c of this.#m.config.categories) {
      const on = c.services?.filter((s) => this.#draft.has(serviceKey(c.id, s.id))).map((s) => s.id);
      if (on) services[c.id] = on;
      if (on?.length || this.#draft.has(c.id)) categories.push(c.id);
    }
    this.#m.set(categories, services);
  };

  readonly #openPreferences = (event: Event): void => {
    this.#m.showPreferences(event.currentTarget as HTMLElement);
  };

  #render(): TemplateResult {
    const m = this.#m;
    return html`${m.banner && !m.waiting ? this.#renderBanner() : nothing}${this.#renderPreferences()}`;
  }

  #renderPolicyLink(): TemplateResult | typeof nothing {
    const url = this.#m.config.policyUrl;
    return url ? html` <a href=${url} part="policy-link">${this.#m.messages.policyLink}</a>` : nothing;
  }

  /** Accept all and Reject all: the same element, class and size, on every layer. */
  #renderChoices(): TemplateResult {
    const m = this.#m;
    return html`<button class="btn" part="button accept-all" @click=${() => m.acceptAll()}>${m.messages.acceptAll}</button>
      <button class="btn" part="button reject-all" @click=${() => m.rejectAll()}>${m.messages.rejectAll}</button>`;
  }

  #renderBanner(): TemplateResult {
    const { config, messages: t } = this.#m;
    return html`${config.layout === 'modal' ? html`<div class="dim" part="backdrop"></div>` : nothing}
      <section part="banner" aria-labelledby="cc-title" aria-describedby="cc-text">
        <div class="text">
          <h2 id="cc-title">${t.bannerTitle}</h2>
          <p id="cc-text">${config.mode === 'opt-out' ? t.optOutText : informedText(this.#m)}${this.#renderPolicyLink()}</p>
          ${this.#m.extension?.banner(this.#kit) ?? nothing}
        </div>
        <div class="actions">
          ${this.#renderChoices()}
          <button class="btn alt" part="button open-preferences" @click=${this.#openPreferences}>${t.customize}</button>
        </div>
      </section>`;
  }

  #renderPreferences(): TemplateResult {
    const m = this.#m;
    const t = m.messages;
    return html`<dialog part="preferences" aria-labelledby="cc-prefs-title" @close=${this.#onDialogClose} @cancel=${this.#onCancel}>
      ${m.preferences
        ? html`<div class="head">
              <h2 id="cc-prefs-title">${t.preferencesTitle}</h2>
              <button class="close" part="button close" aria-label=${t.close} @click=${() => this.#dialog?.close()}>×</button>
            </div>
            <div class="body">
              <p>${t.preferencesText}${this.#renderPolicyLink()}</p>
              <ul>
                ${m.config.categories.map((c) => this.#renderCategory(c))}
              </ul>
              ${m.extension?.panel(this.#kit) ?? nothing}
            </div>
            <div class="foot">
              ${this.#renderChoices()}
              <button class="btn alt" part="button save" @click=${this.#save}>${t.save}</button>
            </div>`
        : nothing}
    </dialog>`;
  }

  #renderCategory(c: ResolvedCategory): TemplateResult {
    const m = this.#m;
    const t = m.messages;
    const draft = this.#draft;
    const services = c.services ?? [];
    const onCount = services.filter((s) => draft.has(serviceKey(c.id, s.id))).length;
    const on = services.length ? onCount === services.length : draft.has(c.id);
    const cookies = [...(c.cookies ?? []), ...services.flatMap((s) => (s.cookies ?? []).map((k) => ({ provider: s.label ?? s.id, ...k })))];
    return html`<li part="category">
      ${switchRow(c.id, 'toggle', m.label(c.id), on, c.required, t.alwaysOn, this.#onToggle, onCount > 0 && !on)}
      <p id="cc-${c.id}-desc">${c.description ?? t.categories[c.id]?.description ?? ''}</p>
      ${m.gpc && c.gpc ? html`<p>${on ? t.gpcOverridden : t.gpcHonoured}</p>` : nothing}
      ${services.length
        ? html`<ul class="services">
            ${services.map((s) => {
              const key = serviceKey(c.id, s.id);
              return html`<li>
                ${switchRow(key, 'service', s.label ?? s.id, draft.has(key), c.required, t.alwaysOn, this.#onToggle)}
                <p id="cc-${key}-desc">${s.description ?? ''}</p>
              </li>`;
            })}
          </ul>`
        : nothing}
      ${cookies.length ? cookieTable(cookies, m.label(c.id), t) : nothing}
    </li>`;
  }
}
