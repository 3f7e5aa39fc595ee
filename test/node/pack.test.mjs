// Package hygiene: what `npm pack` would publish, and whether every export resolves inside it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = new Set(report.files.map((f) => f.path));

test('the tarball holds dist, types, the manifest, locales, README, CHANGELOG and LICENSE, and nothing else', () => {
  for (const path of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'custom-elements.json', 'dist/cookie-consent.min.js', 'dist/index.js', 'dist/index.d.ts', 'dist/element.js', 'dist/element.d.ts', 'dist/cookie-consent.min.d.ts', 'dist/ui.js', 'dist/cookie-consent.all.min.js', 'dist/cookie-consent.all.min.d.ts', 'dist/locales/de.js', 'dist/locales/de.d.ts', 'dist/log.js', 'dist/placeholder.js', 'dist/validate.js']) {
    assert.ok(files.has(path), `${path} is packed`);
  }
  const strays = [...files].filter((f) => !/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$|custom-elements\.json$)/.test(f));
  assert.deepEqual(strays, []);
  assert.deepEqual([...files].filter((f) => /^(test|demo|examples|bench|src|scripts)\/|^dist\/size\//.test(f)), []);
});

test('every export, types included, points at a packed file (publint-style)', () => {
  const targets = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    assert.ok(key === '.' || key.startsWith('./'), `export key ${key}`);
    const entries = typeof value === 'string' ? { default: value } : value;
    if (typeof value !== 'string' && !key.endsWith('.json') && !key.endsWith('.js')) {
      assert.equal(Object.keys(entries)[0], 'types', `${key}: "types" comes first`);
    }
    for (const target of Object.values(entries)) targets.push([key, target]);
  }
  for (const [key, target] of targets) {
    assert.ok(target.startsWith('./'), `${key} → ${target} is relative`);
    const sample = target.replace('*', 'de').slice(2);
    assert.ok(files.has(sample), `${key} → ${sample} is packed`);
  }
  for (const field of ['main', 'module', 'types', 'customElements']) assert.ok(files.has(pkg[field].replace(/^\.\//, '')), `${field} is packed`);
  assert.equal(pkg.type, 'module');
  assert.ok(pkg.sideEffects.every((p) => files.has(p.slice(2))), 'sideEffects name packed files');
});

test('custom-elements.json describes the shipped element: paths, definition, typed attributes, events, parts and CSS properties', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  for (const m of manifest.modules) assert.ok(files.has(m.path), `${m.path} is packed`);
  const exports = manifest.modules.flatMap((m) => m.exports ?? []);
  const definition = exports.find((e) => e.kind === 'custom-element-definition');
  assert.deepEqual(definition, { kind: 'custom-element-definition', name: 'cookie-consent', declaration: { name: 'CookieConsentElement', module: 'dist/element.js' } });
  const element = manifest.modules.find((m) => m.path === definition.declaration.module).declarations.find((d) => d.name === 'CookieConsentElement');
  assert.equal(element.tagName, 'cookie-consent');
  assert.equal(element.customElement, true);
  assert.deepEqual(element.attributes.map((a) => a.name).sort(), ['cookie-name', 'lang', 'layout', 'policy-url', 'position', 'revision', 'theme']);
  for (const a of element.attributes) assert.ok(a.type?.text, `attribute ${a.name} has a type`);
  assert.deepEqual(element.events.map((e) => [e.name, e.type?.text]), [
    ['consent-ready', 'CustomEvent<ConsentReadyDetail>'],
    ['consent-change', 'CustomEvent<ConsentChangeDetail>'],
    ['consent-show', 'CustomEvent<ConsentViewDetail>'],
    ['consent-hide', 'CustomEvent<ConsentViewDetail>'],
  ]);
  const config = element.members.find((m) => m.name === 'config');
  assert.equal(config?.type?.text, 'ConsentConfig | undefined');
  assert.ok(element.members.every((m) => !m.name.startsWith('_') && m.name !== 'render'), 'public members only');
  const parts = element.cssParts.map((p) => p.name);
  for (const p of ['accept-all', 'reject-all', 'save', 'open-preferences', 'close', 'reopen', 'button', 'banner', 'preferences', 'category', 'toggle']) assert.ok(parts.includes(p), `part ${p}`);
  assert.ok(element.cssProperties.length >= 15 && element.cssProperties.every((p) => p.name.startsWith('--cc-')));
  assert.equal(element.cssProperties.find((p) => p.name === '--cc-bg')?.syntax, '<color>');
});
