/**
 * The TCF part of the views, drawn with the views' own lit-html (`ViewKit`): on the first
 * layer the purposes and special features in plain words, the number of partners and a link
 * to them; in the panel the purposes (consent and the right to object), special features
 * (opt-in), special purposes and features, and every partner with what it declares.
 */
import type { GVL, Vendor } from '@iabtechlabtcf/core';
import { isSafeUrl } from '../core/config.js';
import type { ViewKit } from '../core/extension.js';
import type { TcfMessages } from './messages.js';
import { liPurposes, type TcfChoices, type TcfScope } from './scope.js';

const fill = (text: string, key: string, value: number) => text.replace(`{${key}}`, () => String(value));
const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);
const days = (seconds: number) => Math.max(1, Math.round(seconds / 86400));

/** The first layer's TCF notice. */
export function tcfBanner(kit: ViewKit, gvl: GVL, scope: TcfScope, t: TcfMessages): unknown {
  const { html } = kit;
  const purposes = sorted([...scope.purposes, ...scope.liPurposes]).map((p) => gvl.purposes[p]?.name);
  const features = scope.specialFeatures.map((f) => gvl.specialFeatures[f]?.name);
  // One paragraph, not a list: the first layer stays short (WCAG 2.4.11: it covers little of the page).
  return html`<p class="tcf" part="tcf-notice">
    ${fill(t.intro, 'vendors', scope.vendors.length)} ${[...purposes, ...features].join('; ')}.
    ${scope.liPurposes.length ? `${t.legitimateInterest} ` : ''}${t.scope}
    <button class="link" part="button tcf-vendors" @click=${(e: Event) => showVendors(kit, e.currentTarget as HTMLElement)}>
      ${fill(t.vendorsLink, 'vendors', scope.vendors.length)}
    </button>
  </p>`;
}

/** Opens the panel at its list of partners, once it is drawn. */
function showVendors(kit: ViewKit, opener: HTMLElement): void {
  kit.openPreferences(opener);
  const root = opener.getRootNode() as ShadowRoot;
  requestAnimationFrame(() => requestAnimationFrame(() => root.getElementById('cc-tcf-vendors')?.scrollIntoView({ block: 'start' })));
}

/** Turns a switch's name (`tcf-p3`, `tcf-li2`, `tcf-sf1`, `tcf-v755`, `tcf-vli755`, `tcf-atps`) into a change of `draft`. */
function toggle(draft: TcfChoices, kit: ViewKit) {
  return (event: Event): void => {
    const { name, checked } = event.target as HTMLInputElement;
    const [, kind, id] = /^tcf-([a-z]+)(\d*)$/.exec(name) ?? [];
    const n = Number(id);
    const set = (s: Set<number>, on: boolean) => (on ? s.add(n) : s.delete(n));
    if (kind === 'p') set(draft.purposes, checked);
    else if (kind === 'li') set(draft.purposeObjections, !checked);
    else if (kind === 'sf') set(draft.specialFeatures, checked);
    else if (kind === 'v') set(draft.vendors, checked);
    else if (kind === 'vli') set(draft.vendorObjections, !checked);
    else if (kind === 'atps') draft.atps = checked;
    kit.update();
  };
}

/** The panel's TCF section. */
export function tcfPanel(kit: ViewKit, gvl: GVL, scope: TcfScope, t: TcfMessages, draft: TcfChoices, atps: number[]): unknown {
  const { html, nothing, switchRow } = kit;
  const onToggle = toggle(draft, kit);
  const usedBy = (p: number) => scope.vendors.filter((v) => v.purposes.includes(p) || liPurposes(v).includes(p)).length;
  const info = (items: { name: string; description: string } | undefined, id: string) =>
    items ? html`<li><strong>${items.name}</strong><p id=${id}>${items.description}</p></li>` : nothing;
  return html`<div class="tcf" part="tcf" role="group" aria-labelledby="cc-tcf-title">
    <h3 id="cc-tcf-title">${t.title}</h3>
    <h4>${t.purposes}</h4>
    <ul>
      ${sorted([...scope.purposes, ...scope.liPurposes]).map((p) => {
        const purpose = gvl.purposes[p];
        const examples = purpose?.illustrations ?? [];
        return html`<li part="tcf-purpose">
          ${scope.purposes.includes(p)
            ? switchRow(`tcf-p${p}`, 'tcf-toggle', purpose?.name ?? String(p), draft.purposes.has(p), false, '', onToggle)
            : html`<strong>${purpose?.name}</strong>`}
          <p id="cc-tcf-p${p}-desc">${purpose?.description} <small>${fill(t.usedBy, 'vendors', usedBy(p))}</small></p>
          ${scope.liPurposes.includes(p)
            ? html`${switchRow(`tcf-li${p}`, 'tcf-toggle', t.li, !draft.purposeObjections.has(p), false, '', onToggle)}<span hidden id="cc-tcf-li${p}-desc">${purpose?.name}</span>`
            : nothing}
          ${examples.length ? html`<details><summary>${t.examples}</summary><ul>${examples.map((e) => html`<li>${e}</li>`)}</ul></details>` : nothing}
        </li>`;
      })}
    </ul>
    ${scope.specialFeatures.length
      ? html`<h4>${t.specialFeatures}</h4>
          <ul>
            ${scope.specialFeatures.map((f) => {
              const feature = gvl.specialFeatures[f];
              return html`<li part="tcf-special-feature">
                ${switchRow(`tcf-sf${f}`, 'tcf-toggle', feature?.name ?? String(f), draft.specialFeatures.has(f), false, '', onToggle)}
                <p id="cc-tcf-sf${f}-desc">${feature?.description}</p>
              </li>`;
            })}
          </ul>`
      : nothing}
    ${scope.specialPurposes.length
      ? html`<details><summary>${t.specialPurposes}</summary><ul>${scope.specialPurposes.map((p) => info(gvl.specialPurposes[p], `cc-tcf-sp${p}`))}</ul></details>`
      : nothing}
    ${scope.features.length
      ? html`<details><summary>${t.features}</summary><ul>${scope.features.map((f) => info(gvl.features[f], `cc-tcf-f${f}`))}</ul></details>`
      : nothing}
    <h4 id="cc-tcf-vendors">${fill(t.vendors, 'vendors', scope.vendors.length)}</h4>
    <ul class="vendors">
      ${scope.vendors.map((v) => vendorItem(kit, gvl, v, t, draft, onToggle))}
    </ul>
    ${atps.length
      ? html`${switchRow('tcf-atps', 'tcf-toggle', fill(t.atps, 'count', atps.length), draft.atps, false, '', onToggle)}
          <p id="cc-tcf-atps-desc">${t.atpsText} <a href="https://support.google.com/admanager/answer/9681920" rel="noopener" target="_blank">${t.atpsLink}</a></p>`
      : nothing}
  </div>`;
}

/** One partner: its switches and, folded, everything it declares. */
function vendorItem(kit: ViewKit, gvl: GVL, v: Vendor, t: TcfMessages, draft: TcfChoices, onToggle: (event: Event) => void): unknown {
  const { html, nothing, switchRow } = kit;
  const li = liPurposes(v);
  const names = (ids: number[], map: Record<number, { name: string } | undefined>) => ids.map((id) => map[id]?.name).filter(Boolean).join(', ');
  const lang = gvl.language.toLowerCase();
  const url = v.urls?.find((u) => u.langId.toLowerCase() === lang) ?? v.urls?.find((u) => u.langId === 'en') ?? v.urls?.[0];
  const link = (href: string | undefined, text: string) => (href && isSafeUrl(href) ? html`<a href=${href} rel="noopener" target="_blank">${text}</a> ` : nothing);
  const retention = v.dataRetention?.stdRetention;
  const data = names(v.dataDeclaration ?? [], gvl.dataCategories ?? {});
  const row = (label: string, value: string) => (value ? html`<li>${label}: ${value}</li>` : nothing);
  return html`<li part="tcf-vendor">
    ${v.purposes.length ? switchRow(`tcf-v${v.id}`, 'tcf-toggle', v.name, draft.vendors.has(v.id), false, '', onToggle) : html`<strong>${v.name}</strong>`}
    ${li.length ? switchRow(`tcf-vli${v.id}`, 'tcf-toggle', t.li, !draft.vendorObjections.has(v.id), false, '', onToggle) : nothing}
    <details>
      <summary id="cc-tcf-v${v.id}-desc">${v.name}</summary>
      <ul id="cc-tcf-vli${v.id}-desc">
        ${row(t.vendorPurposes, names(v.purposes, gvl.purposes))}
        ${row(t.vendorLi, names(li, gvl.purposes))}
        ${row(t.specialPurposes, names(v.specialPurposes, gvl.specialPurposes))}
        ${row(t.features, names(v.features, gvl.features))}
        ${row(t.specialFeatures, names(v.specialFeatures, gvl.specialFeatures))}
        ${retention ? html`<li>${fill(t.retention, 'days', retention)}</li>` : nothing}
        ${row(t.dataCategories, data)}
        <li>${v.usesCookies && v.cookieMaxAgeSeconds ? fill(t.cookies, 'days', days(v.cookieMaxAgeSeconds)) : t.noCookies}${v.usesNonCookieAccess ? `; ${t.otherStorage}` : ''}</li>
        <li>${link(url?.privacy, t.privacy)}${li.length ? link(url?.legIntClaim, t.liClaim) : nothing}${link(v.deviceStorageDisclosureUrl, t.storageDetails)}</li>
      </ul>
    </details>
  </li>`;
}
