/**
 * The stand-in for a held-back embed (`dist/placeholder.js`), loaded on demand the first
 * time a page has an embed to hold, so pages without embeds pay nothing for it.
 * Self-contained on purpose (no imports): the script-tag bundle imports it by URL.
 */
import type { PlaceholderOptions } from './embed.js';

/** Styled only through inherited `--cc-*` properties, in the banner's theme. */
const STYLES = `:host{display:block;box-sizing:border-box;max-width:100%}div{box-sizing:border-box;height:100%;min-height:9rem;padding:1rem;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:.75rem;text-align:center;background:var(--cc-bg,light-dark(#fff,#16191d));color:var(--cc-fg,light-dark(#1b1f24,#eef1f4));border:1px solid var(--cc-border,light-dark(#d3d8de,#3a424c));border-radius:calc(var(--cc-radius,8px)*1.5);font:var(--cc-font-size,15px)/1.5 var(--cc-font,system-ui,sans-serif)}.light{color-scheme:light}.dark{color-scheme:dark}.auto{color-scheme:light dark}p{margin:0;max-width:36rem}a{color:inherit}button{min-height:44px;padding:.5rem 1.25rem;border:2px solid var(--cc-button-border,var(--cc-accent,light-dark(#1d4ed8,#93b4ff)));border-radius:var(--cc-radius,8px);background:var(--cc-button-bg,var(--cc-accent,light-dark(#1d4ed8,#93b4ff)));color:var(--cc-button-fg,var(--cc-accent-fg,light-dark(#fff,#0b1220)));font:inherit;font-weight:600;cursor:pointer}:focus-visible{outline:3px solid var(--cc-focus,var(--cc-accent,light-dark(#1d4ed8,#93b4ff)));outline-offset:2px}`;
let sheet: CSSStyleSheet | undefined;

/** A CSS length from a `width`/`height` attribute: `560` → `560px`, `100%` kept; anything else none. */
export function cssLength(value: string | null): string | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)(px|%)?\s*$/.exec(value ?? '');
  return m ? `${m[1]}${m[2] ?? 'px'}` : undefined;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, part: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  node.setAttribute('part', part);
  return node;
}

/**
 * A box of the embed's size (its `width`/`height` attributes, else 16:9 of the available
 * width) with the explanation, a one-click "allow" button and the policy link. Its shadow
 * root keeps the page's CSS out; its size is an adopted rule, never an inline style.
 */
export function createPlaceholder(embed: HTMLElement, o: PlaceholderOptions): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute('data-cc-placeholder', embed.dataset.category ?? '');
  const root = host.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  const size = new CSSStyleSheet();
  const height = cssLength(embed.getAttribute('height'));
  size.replaceSync(`:host{width:${cssLength(embed.getAttribute('width')) ?? '100%'};${height ? `height:${height}` : 'aspect-ratio:16/9'}}`);
  root.adoptedStyleSheets = [sheet, size];
  const box = el('div', '', 'placeholder');
  box.className = o.theme;
  const text = el('p', o.text, 'placeholder-text');
  text.id = 't';
  const button = el('button', o.button, 'button allow');
  button.setAttribute('aria-describedby', 't');
  button.addEventListener('click', o.allow);
  box.append(text, button);
  if (o.policyUrl) {
    const link = el('a', o.policyLink, 'policy-link');
    link.href = o.policyUrl;
    box.append(link);
  }
  root.append(box);
  return host;
}
