/** Marks CSS for the editor and the build's minifier; the result is plain text for a constructed sheet. */
const css = String.raw;

/** The banner and panel, over the shell's custom properties (`shell.styles.ts`): loaded with the views. */
export const styles = css`
  section,
  dialog {
    box-sizing: border-box;
    position: fixed;
    z-index: var(--_z);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    border: 1px solid var(--_border);
    box-shadow: var(--cc-shadow, 0 2px 24px #0003);
  }
  section {
    inset: auto 0 0;
    max-height: 100vh;
    overflow: auto;
    padding: var(--_space);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: center;
    animation: cc-in 0.3s ease-out;
  }
  .top section {
    inset: 0 0 auto;
  }
  .box section,
  .modal section {
    inset-block: auto 0;
    inset-inline: auto 0;
    width: min(var(--cc-box-width, 26rem), 100vw - 2rem);
    max-height: calc(100vh - 2rem);
    margin: 1rem;
    flex-direction: column;
    /* One column that scrolls: wrapping would put the buttons in a second column outside the card on short screens (WCAG 1.4.10). */
    flex-wrap: nowrap;
    align-items: stretch;
    border-radius: calc(var(--_radius) * 1.5);
  }
  .box.top section {
    inset-block: 0 auto;
  }
  .box.left section {
    inset-inline: 0 auto;
  }
  .box.center section {
    inset-inline: 0;
    margin-inline: auto;
  }
  .modal section {
    inset: 0;
    margin: auto;
    height: fit-content;
  }
  /* Dims the page without blocking it: the banner stays a non-modal region (no trap, WCAG 2.1.2). */
  .dim {
    position: fixed;
    inset: 0;
    z-index: var(--_z);
    background: var(--cc-backdrop, #0f172a8c);
    pointer-events: none;
  }
  .text {
    flex: 1 1 28rem;
    max-width: 44rem;
  }
  .box .text,
  .modal .text {
    flex: none;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.15em;
  }
  p {
    margin: 0;
    color: var(--_muted);
  }
  a {
    color: inherit;
    margin-inline-start: 0.25em;
  }
  /* The IAB TCF part (config tcf): the purposes as a short list, the partners behind a link. */
  .tcf ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
    color: var(--_muted);
  }
  .tcf p,
  p.tcf {
    margin-block: 0.25rem;
  }
  .tcf h3,
  .tcf h4 {
    margin: 0.75rem 0 0.25rem;
    font-size: 1em;
  }
  .link {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
  }
  .actions,
  .foot {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cc-gap, 0.625rem);
  }
  .btn {
    flex: 1 1 auto;
    min-height: 44px;
    min-width: 8rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--cc-button-border, var(--_accent));
    border-radius: var(--_radius);
    background: var(--cc-button-bg, var(--_accent));
    color: var(--cc-button-fg, var(--_on-accent));
    font: inherit;
    font-weight: 600;
  }
  button,
  summary,
  [role='switch'] {
    cursor: pointer;
  }
  .alt {
    background: none;
    color: var(--_fg);
    border-color: var(--_off);
  }
  dialog {
    width: min(40rem, 100vw - 1.5rem);
    max-height: min(46rem, 100vh - 1.5rem);
    padding: 0;
    border-radius: calc(var(--_radius) * 1.5);
    flex-direction: column;
    animation: cc-in 0.2s ease-out;
  }
  dialog[open] {
    display: flex;
  }
  ::backdrop {
    background: var(--cc-backdrop, #0f172a8c);
  }
  .head,
  .foot,
  .body {
    padding: var(--_space);
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .head h2 {
    margin: 0;
  }
  .body {
    overflow: auto;
    border-block: 1px solid var(--_border);
  }
  .close {
    width: 44px;
    height: 44px;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font-size: 1.75em;
  }
  ul {
    list-style: none;
    margin: 1rem 0 0;
    padding: 0;
  }
  li {
    padding: 0.875rem 0;
    border-top: 1px solid var(--_border);
  }
  .services {
    margin: 0.5rem 0 0;
    padding-inline-start: 1rem;
  }
  .services li {
    padding: 0.375rem 0 0;
    border: 0;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  label {
    flex: 1;
    font-weight: 600;
  }
  small,
  summary {
    color: var(--_muted);
  }
  [role='switch'] {
    flex: none;
    appearance: none;
    width: 44px;
    height: 26px;
    margin: 0;
    border: 2px solid var(--_off);
    border-radius: 13px;
    background: radial-gradient(circle at 11px, var(--_off) 7px, #0000 8px);
  }
  :checked {
    border-color: var(--_accent);
    background: radial-gradient(circle at calc(100% - 11px), var(--_on-accent) 7px, #0000 8px) var(--_accent);
  }
  :indeterminate {
    border-color: var(--_accent);
    background: radial-gradient(var(--_accent) 7px, #0000 8px);
  }
  li p {
    margin-top: 0.25rem;
  }
  summary {
    margin-top: 0.5rem;
    min-height: 24px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.375rem 0.5rem 0.375rem 0;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  @keyframes cc-in {
    from {
      translate: 0 1rem;
    }
  }
  /* Small or zoomed screens: a compact bar whose content scrolls, so it covers at most half the page (WCAG 2.4.11). */
  @media (max-width: 40rem), (max-height: 40rem) {
    .bar section {
      max-height: 50vh;
      flex-flow: column nowrap;
      align-items: stretch;
    }
    /* The text scrolls; the choices stay in sight. */
    .bar .text {
      flex: 0 1 auto;
      min-height: 3em;
      overflow: auto;
    }
  }
  /* Windows high contrast drops gradients: draw the switches and the cookie in system colours, state by position (WCAG 1.4.11). */
  @media (forced-colors: active) {
    [role='switch'] {
      forced-color-adjust: none;
      --_off: ButtonText;
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_bg: Canvas;
      --_fg: ButtonText;
      background-color: Canvas;
      border-color: ButtonText;
    }
    [role='switch']:checked {
      background-color: var(--_accent);
    }
    [role='switch']:disabled {
      --_accent: GrayText;
      --_on-accent: Canvas;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    section,
    dialog {
      animation: none;
    }
  }
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the views' sheet to a shadow root, after the shell's: constructed once, adopted (fine under a strict CSP). */
export function adoptStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
