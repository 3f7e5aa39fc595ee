/**
 * Where the banner and panel come from in the npm package: a literal `import()`, so every
 * bundler splits them (and lit-html) into a chunk of their own, loaded when a view first
 * opens. The script-tag bundle swaps this file for `load-views.script.ts`.
 */
export const importViews = (): Promise<typeof import('./view.js')> => import('./view.js');
