import { nextFrame } from '../helpers.js';

/** The page's `<cookie-consent>`, its shadow root, and a part inside it. */
export const el = () => document.querySelector('cookie-consent')!;
export const root = () => el().shadowRoot!;
export const part = (name: string) => root().querySelector<HTMLElement>(`[part~="${name}"]`);

/** Rendered, and the entrance animation finished (axe and geometry read the final state). */
export async function settle(): Promise<void> {
  await el().updateComplete;
  await nextFrame();
  await Promise.all(root().getAnimations().map((a) => a.finished));
}
