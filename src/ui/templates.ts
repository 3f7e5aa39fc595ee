/**
 * The views' smaller templates, as functions of what they show: a labelled switch, a
 * category's cookie table, and the first layer's informed-consent text.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { ConsentManager } from '../core/manager.js';
import type { CookieInfo, Messages, ResolvedCategory } from '../core/types.js';

/** A cookie name as words: `/^_ga/` → "names starting with _ga", another `/regex/` → "names matching …". */
export function cookieName(name: string, t: Messages): string {
  const regex = /^\/(.*)\/[a-z]*$/.exec(name)?.[1];
  if (regex === undefined) return name;
  const prefix = /^\^([\w-]+)(?:\.\*)?$/.exec(regex)?.[1];
  return prefix ? t.cookiePrefix.replace('{prefix}', () => prefix) : t.cookiePattern.replace('{pattern}', () => regex);
}

/**
 * A labelled switch; `part` is `toggle` for a category, `service` for a service; `alwaysOn`
 * is the note beside a locked one; `mixed` shows a category with some of its services on.
 */
export function switchRow(
  name: string,
  part: string,
  label: string,
  on: boolean,
  locked: boolean,
  alwaysOn: string,
  onToggle: (event: Event) => void,
  mixed = false,
): TemplateResult {
  const id = `cc-${name}`;
  return html`<div class="row">
    <label for=${id}>${label}</label>
    ${locked ? html`<small>${alwaysOn}</small>` : nothing}
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
      @change=${onToggle}
    />
  </div>`;
}

/** A category's cookies in a table, with a first-/third-party column where the config says which is which. */
export function cookieTable(cookies: CookieInfo[], category: string, t: Messages): TemplateResult {
  const party = cookies.some((k) => typeof k.thirdParty === 'boolean');
  return html`<details>
    <summary>${t.cookieTable} (${cookies.length})</summary>
    <table part="cookies" aria-label="${t.cookieTable}: ${category}">
      <tr><th>${t.cookieName}</th><th>${t.cookieProvider}</th><th>${t.cookiePurpose}</th><th>${t.cookieDuration}</th>${party ? html`<th>${t.cookieParty}</th>` : nothing}</tr>
      ${cookies.map(
        (k) =>
          html`<tr><td>${cookieName(k.name, t)}</td><td>${k.provider}</td><td>${k.purpose}</td><td>${k.duration}</td>${party
            ? html`<td>${k.thirdParty ? t.thirdParty : k.thirdParty === false ? t.firstParty : ''}</td>`
            : nothing}</tr>`,
      )}
    </table>
  </details>`;
}

/**
 * The first layer's text for informed consent: the site's own purposes that Accept all
 * grants, and those for which data goes to third parties, from the config's categories.
 */
export function informedText(m: ConsentManager): string {
  const t = m.messages;
  const optional = m.config.categories.filter((c) => !c.required);
  const list = (cats: ResolvedCategory[]) => cats.map((c) => m.label(c.id)).join(', ');
  const shared = optional.filter((c) => c.thirdParty || c.cookies?.some((k) => k.thirdParty) || c.services?.some((s) => s.cookies?.some((k) => k.thirdParty)));
  let text = t.bannerText;
  if (optional.length) text += ` ${t.purposesText.replace('{purposes}', () => list(optional))}`;
  if (shared.length) text += ` ${t.thirdPartiesText.replace('{purposes}', () => list(shared))}`;
  return text;
}
