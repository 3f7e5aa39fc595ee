import type { ConsentConfig } from './core/types.js';

const ATTRIBUTES: Record<string, keyof ConsentConfig> = {
  'policy-url': 'policyUrl',
  revision: 'revision',
  lang: 'language',
  layout: 'layout',
  position: 'position',
  theme: 'theme',
};

/** Reads the config a `<cookie-consent>` element's attributes give. */
export function attributeConfig(el: Element): ConsentConfig {
  const out: Record<string, unknown> = {};
  for (const [attr, key] of Object.entries(ATTRIBUTES)) {
    const value = el.getAttribute(attr);
    if (value) out[key] = key === 'revision' ? Number(value) : value;
  }
  const cookieName = el.getAttribute('cookie-name');
  if (cookieName) out.cookie = { name: cookieName };
  return out;
}

/** Merges two configs field by field; `over` wins, nested `cookie` merged. */
export function mergeConfig(base: ConsentConfig, over: ConsentConfig): ConsentConfig {
  return { ...base, ...over, cookie: { ...base.cookie, ...over.cookie } };
}
