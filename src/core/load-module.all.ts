/**
 * Where the optional modules come from in `cookie-consent.all.min.js`, the one-file bundle:
 * the log sender, the embed placeholder and the validator are inside it; only the locales
 * (one file each) are loaded from beside it, like the start-up bundle's.
 */
import { loadModule as loadBeside } from './load-module.script.js';

export function loadModule(name: string): Promise<unknown> {
  if (name === 'log') return import('./integrations/log-send.js');
  if (name === 'placeholder') return import('./placeholder.js');
  if (name === 'validate') return import('./validate.js');
  return loadBeside(name);
}
