/**
 * Writes `custom-elements.json`: the analyzer reads the element's JSDoc in src/, and this
 * script points the manifest at the files the package ships (`dist/element.js` holds the
 * class, `dist/index.js` defines it as `<cookie-consent>`), keeping public members only.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

// The analyzer writes ./custom-elements.json; it is rewritten below.
execFileSync('npx', ['cem', 'analyze', '--globs', 'src/ui/cookie-consent.ts'], { stdio: 'ignore' });
const analyzed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const element = analyzed.modules.flatMap((m) => m.declarations).find((d) => d.name === 'CookieConsentElement');
if (!element) throw new Error('custom-elements.json: CookieConsentElement not found');
const declaration = { name: 'CookieConsentElement', module: 'dist/element.js' };
const manifest = {
  schemaVersion: '1.0.0',
  readme: 'README.md',
  modules: [
    {
      kind: 'javascript-module',
      path: 'dist/element.js',
      description: 'The element class, not registered.',
      declarations: [
        {
          ...element,
          customElement: true,
          tagName: 'cookie-consent',
          superclass: { name: 'HTMLElement' },
          // The schema's field for a CSS property's type is `syntax`.
          cssProperties: (element.cssProperties ?? []).map(({ type, ...p }) => ({ ...p, ...(type?.text && type.text !== '*' ? { syntax: type.text } : {}) })),
          members: (element.members ?? []).filter((m) => !m.privacy || m.privacy === 'public').map((m) => Object.fromEntries(Object.entries(m).filter(([key]) => key !== 'privacy'))),
        },
      ],
      exports: [{ kind: 'js', name: 'CookieConsentElement', declaration }],
    },
    {
      kind: 'javascript-module',
      path: 'dist/index.js',
      description: 'The package entry: registers `<cookie-consent>` on import (in a browser).',
      declarations: [],
      exports: [
        { kind: 'js', name: 'CookieConsentElement', declaration },
        { kind: 'custom-element-definition', name: 'cookie-consent', declaration },
      ],
    },
  ],
};
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
