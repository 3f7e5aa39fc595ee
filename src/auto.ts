/**
 * Script-tag entry (`dist/cookie-consent.min.js`): defines `<cookie-consent>` and
 * `window.CookieConsent`, reads the page's config and starts, unless `data-manual`.
 */
import { CookieConsent, manager, type CookieConsentApi } from './api.js';
import { consentModeDefault } from './core/manager.js';
import type { ConsentConfig } from './core/types.js';
import { tcfStub } from './tcf/stub.js';
import { CookieConsentElement } from './ui/cookie-consent.js';

declare global {
  interface Window {
    CookieConsent: CookieConsentApi;
  }
}

/** Only a `<script type="application/json">` counts: any other element with the id (user content) is ignored. */
function inlineConfig(): ConsentConfig | undefined {
  const el = document.querySelector('script[type="application/json"]#cookie-consent-config');
  if (!el) return undefined;
  try {
    return JSON.parse(el.textContent ?? '') as ConsentConfig;
  } catch (error) {
    console.error('[cookie-consent] #cookie-consent-config: invalid JSON', error);
    return undefined;
  }
}

async function remoteConfig(url: string): Promise<ConsentConfig | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(response.statusText);
    return (await response.json()) as ConsentConfig;
  } catch (error) {
    console.error(`[cookie-consent] data-config="${url}" not loaded`, error);
    return undefined;
  }
}

async function start(script: HTMLOrSVGScriptElement | null, inline: ConsentConfig | undefined): Promise<void> {
  const url = script?.getAttribute('data-config');
  CookieConsent.init(inline ?? inlineConfig() ?? (url ? await remoteConfig(url) : undefined));
}

if (!window.CookieConsent) {
  const script = document.currentScript as HTMLScriptElement | null;
  // Gating is bound to this tag's nonce: only gated markup that carries it runs.
  manager.nonce = script?.nonce ?? '';
  const inline = inlineConfig();
  // Google tags must find the consent default before they run: send it now, not at DOMContentLoaded.
  if (inline?.googleConsentMode) consentModeDefault(inline);
  // Ad tags ask __tcfapi as soon as they run: the stub answers ping and queues the rest until the CMP loads.
  if (inline?.tcf) tcfStub(inline.tcf.gdprApplies !== false);
  CookieConsentElement.define();
  window.CookieConsent = CookieConsent;
  if (!script?.hasAttribute('data-manual')) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start(script, inline), { once: true });
    else void start(script, inline);
  }
}
