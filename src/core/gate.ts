import { EMBEDS, loadEmbed } from './embed.js';

/** Selects everything held back until consent. */
export const GATED = `script[type="text/plain"][data-category],template[data-category],${EMBEDS}`;

export type GrantCheck = (category: string, service?: string) => boolean;

interface Policy {
  createScript(s: string): string;
  createScriptURL(s: string): string;
}
/** The policy once made; `null` once the page refused it (asked once: each refusal is a CSP report). */
let policy: Policy | null | undefined;

/**
 * The library's Trusted Types policy, `cookie-consent`, used only here: to activate the
 * gated scripts the page itself wrote. Made on first use; if the page's CSP refuses the
 * name, plain strings are used, which a page that requires Trusted Types refuses in turn,
 * so gating fails closed (and `activationFailed` says why).
 */
function trusted(): Policy {
  const same = (s: string) => s;
  if (policy === undefined) {
    try {
      policy = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes?.createPolicy('cookie-consent', { createScript: same, createScriptURL: same }) ?? null;
    } catch {
      policy = null; // refused by the page's trusted-types directive
    }
  }
  return policy ?? { createScript: same, createScriptURL: same };
}

let told = false;

/** Says once why gated scripts do not run under Trusted Types; other failures are the site's own. */
function activationFailed(error: unknown): void {
  if (told || !String(error).includes('Trusted')) return;
  told = true;
  console.error('[cookie-consent] Trusted Types: gated scripts stay inert; allow the policy: trusted-types lit-html cookie-consent', error);
}

/** A fresh, runnable copy of a script: every attribute, the nonce, `data-type` as its type. */
function runnable(old: HTMLScriptElement, gated: boolean): HTMLScriptElement {
  const script = document.createElement('script');
  const p = trusted();
  for (const { name, value } of [...old.attributes]) {
    if (!gated || (name !== 'type' && name !== 'data-type')) script.setAttribute(name, name === 'src' ? p.createScriptURL(value) : value);
  }
  const type = gated && old.getAttribute('data-type');
  if (type) script.type = type;
  // The nonce attribute is emptied after parsing; the property keeps the value.
  if (old.nonce) script.nonce = old.nonce;
  script.text = p.createScript(old.text);
  return script;
}

function activateScript(old: HTMLScriptElement): Promise<void> {
  const script = runnable(old, true);
  const type = old.getAttribute('data-type');
  const waits = script.src !== '' && !old.hasAttribute('async') && type !== 'module';
  script.async = false;
  const loaded = new Promise<void>((resolve) => {
    if (!waits) return resolve();
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => resolve(), { once: true });
  });
  old.replaceWith(script);
  return loaded;
}

function activateTemplate(template: HTMLTemplateElement): void {
  const content = document.importNode(template.content, true);
  // Cloned scripts may carry an "already started" flag; fresh copies always run.
  for (const old of [...content.querySelectorAll('script')]) old.replaceWith(runnable(old, false));
  template.replaceWith(content);
}

/**
 * Runs `<script type="text/plain" data-category>` and `<template data-category>`
 * once their category (and `data-service`) is granted: in document order, each at
 * most once per page load, an external script finishing before the next one starts.
 */
export class ScriptGate {
  private readonly done = new WeakSet<Element>();
  /** Embeds waiting for consent, and the placeholder standing in for each. */
  private readonly held = new Map<HTMLElement, HTMLElement>();
  private chain: Promise<void> = Promise.resolve();
  private observer?: MutationObserver;
  private scheduled = false;
  /**
   * When set (the nonce of the script tag that loaded the library), only gated scripts and
   * templates carrying the same nonce are activated: markup injected into the page (through
   * `innerHTML`, which never runs script by itself) cannot borrow the page's consent to run.
   */
  nonce = '';

  constructor(
    private readonly granted: GrantCheck,
    private readonly root: ParentNode = document,
    private readonly placeholder?: (embed: HTMLElement) => HTMLElement | undefined,
  ) {}

  /** Activates every granted, not yet activated element; resolves when all have run. */
  run(): Promise<void> {
    for (const [embed, box] of this.held) {
      const { category = '', service } = embed.dataset;
      // A placeholder the page removed (single-page apps) takes its embed with it.
      if (box.isConnected && !this.granted(category, service)) continue;
      this.held.delete(embed);
      if (!box.isConnected) continue;
      loadEmbed(embed);
      box.replaceWith(embed);
    }
    for (const el of [...this.root.querySelectorAll<HTMLElement>(GATED)]) {
      const { category, service } = el.dataset;
      if (this.done.has(el) || !category) continue;
      if (el.matches(EMBEDS)) {
        this.hold(el, this.granted(category, service));
        continue;
      }
      if (!this.granted(category, service)) continue;
      this.done.add(el);
      if (this.nonce && el.nonce !== this.nonce) {
        console.warn("[cookie-consent] a gated element without the page's nonce stays inert:", el);
        continue;
      }
      // Checked again when its turn comes: consent may have been withdrawn while earlier scripts loaded.
      this.chain = this.chain
        .then(() =>
          !this.granted(category, service)
            ? void this.done.delete(el)
            : el instanceof HTMLTemplateElement
              ? activateTemplate(el)
              : activateScript(el as HTMLScriptElement),
        )
        .catch(activationFailed);
    }
    return this.chain;
  }

  /** Loads a granted embed; puts a placeholder in place of one that is not. */
  private hold(embed: HTMLElement, granted: boolean): void {
    if (granted) {
      this.done.add(embed);
      return loadEmbed(embed);
    }
    // Without a placeholder the embed stays as it is (no src, nothing loads) until a later run.
    const box = this.placeholder?.(embed);
    if (!box) return;
    this.done.add(embed);
    this.held.set(embed, box);
    embed.replaceWith(box);
  }

  /** Also handles gated elements added later (single-page apps). */
  observe(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (this.scheduled) return;
      const relevant = records.some((r) =>
        [...r.addedNodes].some(
          (n) => n instanceof Element && (n.matches(GATED) || n.querySelector(GATED) !== null),
        ),
      );
      if (!relevant) return;
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        void this.run();
      });
    });
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
