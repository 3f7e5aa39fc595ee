/**
 * What a module loaded on demand (the IAB TCF CMP) adds to the consent flow and to the views:
 * the manager tells it about every saved choice, and the views draw its part with their own
 * lit-html, so the module carries no copy of it.
 */
import type { ConsentAction } from './integrations/log.js';
import type { Messages } from './types.js';

/** What the views lend an extension to draw with. */
export interface ViewKit {
  html: (strings: TemplateStringsArray, ...values: unknown[]) => unknown;
  nothing: unknown;
  /** The views' labelled switch (`templates.ts`). */
  switchRow: (name: string, part: string, label: string, on: boolean, locked: boolean, alwaysOn: string, onToggle: (event: Event) => void) => unknown;
  messages: Messages;
  /** Draws the views again. */
  update(): void;
  /** Opens the panel; focus goes back to `opener` when it closes. */
  openPreferences(opener: HTMLElement | null): void;
}

export interface ConsentExtension {
  /** A choice was saved (its action), the consent was forgotten (`reset`), or another tab changed it (`sync`). */
  changed(what: ConsentAction | 'reset' | 'sync'): void;
  /** Its part of the first layer and of the panel. */
  banner(kit: ViewKit): unknown;
  panel(kit: ViewKit): unknown;
}
