/**
 * Where the banner and panel come from in the script-tag bundle: `ui.js` beside the bundle
 * (lit-html included), through the manager's loader, which names the file if it is missing.
 */
import { manager } from '../api.js';

export const importViews = (): Promise<typeof import('./view.js')> => manager.loadModule('ui') as Promise<typeof import('./view.js')>;
