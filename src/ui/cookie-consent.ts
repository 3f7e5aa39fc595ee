import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CookieConsent, manager, TAG } from '../api.js';
import { isRtl } from '../core/i18n.js';
import type { ConsentConfig, ResolvedCategory } from '../core/types.js';
import { ConsentController } from './consent-controller.js';
import { styles } from './cookie-consent.styles.js';

const COOKIE_ICON = html`<svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Z"/><g fill="var(--_bg)"><circle cx="8" cy="11" r="1.5"/><circle cx="11" cy="16" r="1"/><circle cx="15.5" cy="15.5" r="1.5"/></g></svg>`;

/**
 * The cookie-consent banner and preferences panel.
 *
 * @tag cookie-consent
 * @attr policy-url - Privacy policy URL (overrides `config.policyUrl`).
 * @attr cookie-name - Consent cookie name (overrides `config.cookie.name`).
 * @attr revision - Policy revision (overrides `config.revision`).
 * @attr lang - Banner language (overrides `config.language`).
 * @attr layout - `bar`, `box` or `modal` (overrides `config.layout`).
 * @attr theme - `light`, `dark` or `auto` (overrides `config.theme`).
 * @fires consent-ready - Once, after init. `detail: { consent }`
 * @fires consent-change - Every saved choice. `detail: { consent, granted, changed, first }`
 * @fires consent-show - A view opened. `detail: { view: 'banner' | 'preferences' }`
 * @fires consent-hide - A view closed. `detail: { view }`
 * @csspart banner - The first layer.
 * @csspart preferences - The preferences `<dialog>`.
 * @csspart button - Every button.
 * @csspart accept-all - Accept all.
 * @csspart reject-all - Reject all.
 * @csspart open-preferences - Customize.
 * @csspart save - Save choices.
 * @csspart close - Close the panel without saving.
 * @csspart reopen - The floating "Cookie settings" button.
 * @csspart category - One category row.
 * @csspart toggle - A category switch.
 * @cssprop [--cc-bg=#ffffff] - Background.
 * @cssprop [--cc-fg=#1b1f24] - Text colour.
 * @cssprop [--cc-muted=#4a525c] - Secondary text.
 * @cssprop [--cc-border=#d3d8de] - Borders.
 * @cssprop [--cc-accent=#1d4ed8] - Buttons and switches.
 * @cssprop [--cc-accent-fg=#ffffff] - Text on the accent colour.
 * @cssprop [--cc-button-bg] - Accept/Reject background (default the accent).
 * @cssprop [--cc-button-fg] - Accept/Reject text.
 * @cssprop [--cc-button-border] - Accept/Reject border.
 * @cssprop [--cc-switch-off=#6b7280] - A switch that is off.
 * @cssprop [--cc-font=system-ui] - Font family.
 * @cssprop [--cc-font-size=15px] - Base font size.
 * @cssprop [--cc-radius=8px] - Button radius.
 * @cssprop [--cc-radius-lg=12px] - Panel radius.
 * @cssprop [--cc-space=1.25rem] - Padding.
 * @cssprop [--cc-shadow] - Shadow of banner and panel.
 * @cssprop [--cc-backdrop] - Behind the panel.
 * @cssprop [--cc-focus] - Focus ring.
 * @cssprop [--cc-z-index=2147483000] - Stacking order.
 * @cssprop [--cc-max-width=72rem] - Width of the bar's content.
 */
export class CookieConsentElement extends LitElement {
  static override styles = styles;

  /** Registers the element once; safe to call again. */
  static define(tag = TAG): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  protected readonly consent = new ConsentController(this, manager);

  static override properties = { config: { attribute: false }, draft: { state: true } };

  /** The full config; setting it (re)initialises consent. Attributes override its fields. */
  declare config?: ConsentConfig;

  /** The panel's switches before Save. @internal */
  protected declare draft: Set<string>;

  constructor() {
    super();
    this.draft = new Set();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') && this.config) CookieConsent.init(this.config);
    // The panel opens showing the stored choice.
    if (manager.preferences && !this.dialog?.open) {
      this.draft = new Set(manager.get()?.categories);
    }
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open === manager.preferences) return;
    if (dialog.open) dialog.close();
    else dialog.showModal();
  }

  private onDialogClose(): void {
    const opener = manager.opener;
    manager.opener = null;
    manager.dismissPreferences();
    if (opener?.isConnected) opener.focus();
  }

  private onCancel(event: Event): void {
    event.preventDefault();
    this.dialog?.close();
  }

  private onToggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    const next = new Set(this.draft);
    if (input.checked) next.add(input.name);
    else next.delete(input.name);
    this.draft = next;
  }

  private save(): void {
    manager.set([...this.draft]);
  }

  private openPreferences(event: Event): void {
    manager.showPreferences(event.currentTarget as HTMLElement);
  }

  private reopenVisible(): boolean {
    const setting = manager.config.reopenButton;
    if (!manager.initialized || manager.view || !manager.get() || setting === false) return false;
    return setting === true || !document.querySelector('[data-cc="preferences"]');
  }

  override render(): TemplateResult {
    const { theme } = manager.config;
    const m = manager.messages;
    return html`<div class=${theme} lang=${manager.lang} dir=${isRtl(manager.lang) ? 'rtl' : 'ltr'}>
      ${manager.banner ? this.renderBanner() : nothing}
      ${this.renderPreferences()}
      ${this.reopenVisible()
        ? html`<button class="reopen" part="button reopen" aria-label=${m.reopen} @click=${this.openPreferences}>
            ${COOKIE_ICON}
          </button>`
        : nothing}
      <div role="status">${manager.saved ? m.saved : ''}</div>
    </div>`;
  }

  private renderPolicyLink(): TemplateResult | typeof nothing {
    const url = manager.config.policyUrl;
    return url ? html` <a href=${url} part="policy-link">${manager.messages.policyLink}</a>` : nothing;
  }

  private renderBanner(): TemplateResult {
    const m = manager.messages;
    return html`<section
      part="banner"
      aria-labelledby="cc-title"
      aria-describedby="cc-text"
    >
        <div class="text">
          <h2 id="cc-title">${m.bannerTitle}</h2>
          <p id="cc-text">${m.bannerText}${this.renderPolicyLink()}</p>
        </div>
        <div class="actions">
          <button class="btn" part="button accept-all" @click=${() => manager.acceptAll()}>${m.acceptAll}</button>
          <button class="btn" part="button reject-all" @click=${() => manager.rejectAll()}>${m.rejectAll}</button>
          <button class="btn alt" part="button open-preferences" @click=${this.openPreferences}>
            ${m.customize}
          </button>
        </div>
    </section>`;
  }

  private renderPreferences(): TemplateResult {
    const m = manager.messages;
    return html`<dialog
      part="preferences"
      aria-labelledby="cc-prefs-title"
      @close=${this.onDialogClose}
      @cancel=${this.onCancel}
    >
      ${manager.preferences
        ? html`
            <div class="head">
              <h2 id="cc-prefs-title">${m.preferencesTitle}</h2>
              <button class="close" part="button close" aria-label=${m.close} @click=${() => this.dialog?.close()}>
                ×
              </button>
            </div>
            <div class="body">
              <p>${m.preferencesText}${this.renderPolicyLink()}</p>
              <ul>
                ${manager.config.categories.map((c) => this.renderCategory(c))}
              </ul>
            </div>
            <div class="foot">
              <button class="btn" part="button accept-all" @click=${() => manager.acceptAll()}>${m.acceptAll}</button>
              <button class="btn" part="button reject-all" @click=${() => manager.rejectAll()}>${m.rejectAll}</button>
              <button class="btn alt" part="button save" @click=${this.save}>${m.save}</button>
            </div>`
        : nothing}
    </dialog>`;
  }

  private renderCategory(c: ResolvedCategory): TemplateResult {
    const m = manager.messages;
    const text = m.categories[c.id];
    const id = `cc-cat-${c.id}`;
    return html`<li part="category">
      <div class="row">
        <label for=${id}>${c.label ?? text?.label ?? c.id}</label>
          ${c.required ? html`<small>${m.alwaysOn}</small>` : nothing}
          <input
            id=${id}
            type="checkbox"
            role="switch"
            part="toggle"
            name=${c.id}
            aria-describedby="${id}-desc"
            .checked=${c.required || this.draft.has(c.id)}
            ?disabled=${c.required}
            @change=${this.onToggle}
          />
      </div>
      <p id="${id}-desc">${c.description ?? text?.description ?? ''}</p>
      ${manager.gpc && c.gpc ? html`<p>${m.gpcHonoured}</p>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
