/** Marks CSS for the editor and the build's minifier; the result is plain text for a constructed sheet. */
const css = String.raw;

/**
 * Near the top of the stacking order. Interpolated rather than written in the CSS: the
 * build's CSS minifier stores numbers as 32-bit floats and would print 2147480000.
 */
const Z_INDEX = '2147483000';

/**
 * What every page with the element needs: the custom properties, the themes, the reopen
 * button and the status region. The banner and panel bring their own sheet with the views.
 * Every colour, font, radius and spacing is a `--cc-*` custom property with a default;
 * private `--_*` names carry the resolved values, so a site's own `--cc-*` always wins, and
 * `light-dark()` picks the theme's default from the wrapper's `color-scheme`.
 */
export const shellStyles = css`
  div {
    --_bg: var(--cc-bg, light-dark(#fff, #16191d));
    --_fg: var(--cc-fg, light-dark(#1b1f24, #eef1f4));
    --_muted: var(--cc-muted, light-dark(#4a525c, #b7bfc8));
    --_border: var(--cc-border, light-dark(#d3d8de, #3a424c));
    --_accent: var(--cc-accent, light-dark(#1d4ed8, #93b4ff));
    --_on-accent: var(--cc-accent-fg, light-dark(#fff, #0b1220));
    --_off: var(--cc-switch-off, light-dark(#6b7280, #8b949e));
    --_space: var(--cc-space, 1.25rem);
    --_radius: var(--cc-radius, 8px);
    --_z: var(--cc-z-index, ${Z_INDEX});
    font: var(--cc-font-size, 15px) / 1.5 var(--cc-font, system-ui, sans-serif);
  }
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
  }
  .auto {
    color-scheme: light dark;
  }
  .reopen {
    box-sizing: border-box;
    position: fixed;
    z-index: var(--_z);
    width: 44px;
    height: 44px;
    color: var(--_fg);
    font: inherit;
    border: 1px solid var(--_border);
    box-shadow: var(--cc-shadow, 0 2px 24px #0003);
    inset-block-end: 1rem;
    inset-inline-start: 1rem;
    border-radius: 50%;
    /* A cookie, drawn: three crumbs on a disc. */
    background:
      radial-gradient(circle at 38% 38%, var(--_bg) 2px, #0000 3px),
      radial-gradient(circle at 62% 44%, var(--_bg) 2px, #0000 3px),
      radial-gradient(circle at 46% 64%, var(--_bg) 2px, #0000 3px),
      radial-gradient(circle, var(--_fg) 11px, #0000 12px) var(--_bg);
  }
  .reopen {
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--cc-focus, var(--_accent));
    outline-offset: 2px;
  }
  [role='status'] {
    position: absolute;
    clip-path: inset(50%);
  }
  @media (forced-colors: active) {
    .reopen {
      forced-color-adjust: none;
      --_bg: Canvas;
      --_fg: ButtonText;
      background-color: Canvas;
      border-color: ButtonText;
    }
  }
`;

let sheet: CSSStyleSheet | undefined;

/** Gives a shadow root the shell's sheet: constructed once, adopted (no `<style>`, fine under a strict CSP). */
export function adoptShellStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(shellStyles);
  }
  root.adoptedStyleSheets = [sheet];
}
