/**
 * The headless core: consent logic with no UI and no Lit. Dispatches the same events on `window`.
 * @module lit-cookie-consent/core
 */
export { ConsentManager, type Choices } from './core/manager.js';
export { ConsentStore, type ConsentChange } from './core/store.js';
export { ScriptGate } from './core/gate.js';
export { parseRecord, encodeRecord } from './core/record.js';
export { resolveConfig } from './core/config.js';
export * from './core/events.js';
export type * from './core/types.js';
