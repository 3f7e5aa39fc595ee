import { css } from 'lit';

/**
 * Every colour, font, radius and spacing is a `--cc-*` custom property with a default;
 * the theme sets private `--_*` fallbacks so a site's own `--cc-*` always wins.
 */
export const styles = css`
  :host {
    --_bg: #ffffff;
    --_fg: #1b1f24;
    --_muted: #4a525c;
    --_border: #d3d8de;
    --_accent: #1d4ed8;
    --_accent-fg: #ffffff;
    --_switch-off: #6b7280;
    --_backdrop: rgb(15 23 42 / 55%);
    --_shadow: 0 -2px 24px rgb(15 23 42 / 18%);
    font-family: var(--cc-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--cc-font-size, 15px);
    line-height: 1.5;
    color: var(--cc-fg, var(--_fg));
  }
  .dark {
    --_bg: #16191d;
    --_fg: #eef1f4;
    --_muted: #b7bfc8;
    --_border: #3a424c;
    --_accent: #93b4ff;
    --_accent-fg: #0b1220;
    --_switch-off: #8b949e;
    --_shadow: 0 -2px 24px rgb(0 0 0 / 50%);
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      --_bg: #16191d;
      --_fg: #eef1f4;
      --_muted: #b7bfc8;
      --_border: #3a424c;
      --_accent: #93b4ff;
      --_accent-fg: #0b1220;
      --_switch-off: #8b949e;
      --_shadow: 0 -2px 24px rgb(0 0 0 / 50%);
    }
  }
  .banner,
  dialog,
  .reopen {
    box-sizing: border-box;
    background: var(--cc-bg, var(--_bg));
    color: var(--cc-fg, var(--_fg));
    font: inherit;
  }
  .banner {
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    inset: auto 0 0 0;
    max-height: 100vh;
    overflow: auto;
    padding: var(--cc-space, 1.25rem);
    border-top: 1px solid var(--cc-border, var(--_border));
    box-shadow: var(--cc-shadow, var(--_shadow));
    animation: cc-in 0.25s ease-out;
  }
  .banner.top {
    inset: 0 0 auto 0;
    border-top: 0;
    border-bottom: 1px solid var(--cc-border, var(--_border));
  }
  .banner.box {
    inset: auto var(--cc-space, 1.25rem) var(--cc-space, 1.25rem) auto;
    max-width: min(26rem, calc(100vw - 2 * var(--cc-space, 1.25rem)));
    border: 1px solid var(--cc-border, var(--_border));
    border-radius: var(--cc-radius-lg, 12px);
  }
  .banner.box .inner {
    flex-direction: column;
    align-items: stretch;
  }
  .inner {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cc-space, 1.25rem);
    align-items: center;
    max-width: var(--cc-max-width, 72rem);
    margin: 0 auto;
  }
  .text {
    flex: 1 1 28rem;
    min-width: 0;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.15em;
    line-height: 1.3;
  }
  p {
    margin: 0;
    color: var(--cc-muted, var(--_muted));
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.625rem;
    flex: 0 1 auto;
  }
  .actions .btn {
    flex: 1 1 auto;
  }
  .btn {
    box-sizing: border-box;
    min-height: 44px;
    min-width: 8rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--cc-button-border, var(--cc-accent, var(--_accent)));
    border-radius: var(--cc-radius, 8px);
    background: var(--cc-button-bg, var(--cc-accent, var(--_accent)));
    color: var(--cc-button-fg, var(--cc-accent-fg, var(--_accent-fg)));
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .btn.secondary {
    background: transparent;
    color: var(--cc-fg, var(--_fg));
    border-color: var(--cc-border-strong, var(--_switch-off));
  }
  .btn:hover {
    filter: brightness(1.08);
  }
  button:focus-visible,
  input:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--cc-focus, var(--cc-accent, var(--_accent)));
    outline-offset: 2px;
  }
  dialog {
    width: min(40rem, calc(100vw - 1.5rem));
    max-height: min(46rem, calc(100vh - 1.5rem));
    padding: 0;
    border: 1px solid var(--cc-border, var(--_border));
    border-radius: var(--cc-radius-lg, 12px);
    box-shadow: var(--cc-shadow, var(--_shadow));
  }
  dialog::backdrop {
    background: var(--cc-backdrop, var(--_backdrop));
  }
  .panel {
    display: flex;
    flex-direction: column;
    max-height: inherit;
  }
  .head,
  .foot {
    display: flex;
    gap: 0.625rem;
    padding: var(--cc-space, 1.25rem);
  }
  .head {
    align-items: center;
    justify-content: space-between;
    border-bottom: 1px solid var(--cc-border, var(--_border));
  }
  .head h2 {
    margin: 0;
  }
  .foot {
    flex-wrap: wrap;
    border-top: 1px solid var(--cc-border, var(--_border));
  }
  .foot .btn {
    flex: 1 1 10rem;
  }
  .body {
    overflow: auto;
    padding: var(--cc-space, 1.25rem);
  }
  .close {
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    border: 0;
    border-radius: var(--cc-radius, 8px);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  ul {
    list-style: none;
    margin: 1rem 0 0;
    padding: 0;
  }
  li {
    padding: 0.875rem 0;
    border-top: 1px solid var(--cc-border, var(--_border));
  }
  .row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }
  label {
    font-weight: 600;
    cursor: pointer;
  }
  .always {
    font-size: 0.85em;
    color: var(--cc-muted, var(--_muted));
  }
  .switch {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  input[role='switch'] {
    appearance: none;
    flex: none;
    width: 44px;
    height: 26px;
    margin: 0;
    border-radius: 13px;
    border: 2px solid var(--cc-switch-off, var(--_switch-off));
    background: radial-gradient(circle at 11px 50%, var(--cc-switch-off, var(--_switch-off)) 7px, transparent 8px);
    cursor: pointer;
    transition: background-position 0.15s;
  }
  input[role='switch']:checked {
    border-color: var(--cc-accent, var(--_accent));
    background: radial-gradient(circle at calc(100% - 11px) 50%, var(--cc-accent-fg, var(--_accent-fg)) 7px, transparent 8px),
      var(--cc-accent, var(--_accent));
  }
  input[role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .desc {
    margin-top: 0.25rem;
    font-size: 0.925em;
  }
  .note {
    margin-top: 0.5rem;
    font-size: 0.9em;
    font-style: italic;
  }
  .reopen {
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    inset: auto auto 1rem 1rem;
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 1px solid var(--cc-border, var(--_border));
    border-radius: 50%;
    box-shadow: var(--cc-shadow, var(--_shadow));
    cursor: pointer;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @keyframes cc-in {
    from {
      transform: translateY(1rem);
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .banner {
      animation: none;
    }
    input[role='switch'] {
      transition: none;
    }
  }
`;
