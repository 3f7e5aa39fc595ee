import { css } from 'lit';

/**
 * Every colour, font, radius and spacing is a `--cc-*` custom property with a default.
 * The theme class maps them to private `--_*` names, so a site's own `--cc-*` always wins.
 */
export const styles = css`
  .light,
  .auto {
    --_bg: var(--cc-bg, #fff);
    --_fg: var(--cc-fg, #1b1f24);
    --_muted: var(--cc-muted, #4a525c);
    --_border: var(--cc-border, #d3d8de);
    --_accent: var(--cc-accent, #1d4ed8);
    --_on-accent: var(--cc-accent-fg, #fff);
    --_off: var(--cc-switch-off, #6b7280);
    --_shadow: var(--cc-shadow, 0 -2px 24px #0f172a2e);
  }
  .dark {
    --_bg: var(--cc-bg, #16191d);
    --_fg: var(--cc-fg, #eef1f4);
    --_muted: var(--cc-muted, #b7bfc8);
    --_border: var(--cc-border, #3a424c);
    --_accent: var(--cc-accent, #93b4ff);
    --_on-accent: var(--cc-accent-fg, #0b1220);
    --_off: var(--cc-switch-off, #8b949e);
    --_shadow: var(--cc-shadow, 0 -2px 24px #00000080);
  }
  div {
    --_space: var(--cc-space, 1.25rem);
    --_radius: var(--cc-radius, 8px);
    font: var(--cc-font-size, 15px) / 1.5 var(--cc-font, system-ui, sans-serif);
  }
  section,
  dialog,
  .reopen {
    box-sizing: border-box;
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    border: 1px solid var(--_border);
    box-shadow: var(--_shadow);
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
  }
  .text {
    flex: 1 1 28rem;
    max-width: 44rem;
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
  .actions,
  .foot {
    display: flex;
    flex-wrap: wrap;
    gap: 0.625rem;
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
  [role='switch'] {
    cursor: pointer;
  }
  .alt {
    background: none;
    color: var(--_fg);
    border-color: var(--_off);
  }
  :focus-visible {
    outline: 3px solid var(--cc-focus, var(--_accent));
    outline-offset: 2px;
  }
  dialog {
    width: min(40rem, 100vw - 1.5rem);
    max-height: min(46rem, 100vh - 1.5rem);
    padding: 0;
    border-radius: calc(var(--_radius) * 1.5);
    flex-direction: column;
  }
  dialog[open] {
    display: flex;
  }
  dialog::backdrop {
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
  .row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  label {
    flex: 1;
    font-weight: 600;
  }
  small {
    color: var(--_muted);
  }
  [role='switch'] {
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
  li p {
    margin-top: 0.25rem;
  }
  .reopen {
    inset: auto auto 1rem 1rem;
    width: 44px;
    height: 44px;
    border-radius: 50%;
  }
  [role='status'] {
    position: absolute;
    clip-path: inset(50%);
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      --_bg: var(--cc-bg, #16191d);
      --_fg: var(--cc-fg, #eef1f4);
      --_muted: var(--cc-muted, #b7bfc8);
      --_border: var(--cc-border, #3a424c);
      --_accent: var(--cc-accent, #93b4ff);
      --_on-accent: var(--cc-accent-fg, #0b1220);
      --_off: var(--cc-switch-off, #8b949e);
    }
  }
`;
