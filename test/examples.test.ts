import { expect } from '@open-wc/testing';
import { clearDocumentCookies } from './helpers.js';

/**
 * The framework examples (built by `npm run build:examples`), each loaded in a same-origin iframe:
 * the framework renders <cookie-consent>, and its `analytics` state follows the consent.
 */
const FRAMEWORKS = ['react', 'vue', 'svelte', 'angular'];

async function until(check: () => boolean, ms = 2000): Promise<void> {
  for (const end = Date.now() + ms; !check() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
}

async function load(framework: string): Promise<Document> {
  const built = await fetch(`/examples/${framework}/dist/app.js`, { method: 'HEAD' });
  expect(built.ok, `examples/${framework}/dist/app.js is missing: run \`npm run build:examples\``).to.equal(true);
  const iframe = document.createElement('iframe');
  iframe.src = `/examples/${framework}/index.html`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  // Ready once the element has rendered and the framework has read the consent on mount.
  await until(() => !!doc.querySelector('cookie-consent')?.shadowRoot && !!doc.querySelector('#analytics-off, #analytics-widget'));
  return doc;
}

const part = (doc: Document, name: string) =>
  doc.querySelector('cookie-consent')?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

describe('framework examples', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    clearDocumentCookies(); // cookie_consent among them
  });

  for (const framework of FRAMEWORKS) {
    it(`${framework}: renders the banner, and the Analytics component only once consent is given`, async () => {
      const doc = await load(framework);
      await until(() => !!part(doc, 'banner'));
      expect(part(doc, 'banner'), 'banner').to.exist;
      expect(part(doc, 'banner')!.querySelector('a')?.getAttribute('href')).to.equal('/privacy');
      // The framework's own element, configured by init() on mount: not a second one appended by it.
      expect(doc.querySelectorAll('cookie-consent')).to.have.length(1);
      expect(doc.querySelector('cookie-consent')!.parentElement).to.not.equal(doc.body);
      expect(doc.getElementById('analytics-off')).to.exist;
      expect(doc.getElementById('analytics-widget')).to.equal(null);

      part(doc, 'accept-all')!.click();
      await until(() => !!doc.getElementById('analytics-widget'));
      expect(doc.getElementById('analytics-widget')?.textContent?.trim()).to.equal('Analytics on');
      expect(doc.getElementById('analytics-off')).to.equal(null);
      await until(() => !part(doc, 'banner'));
      expect(part(doc, 'banner')).to.equal(null);

      // A returning visitor: the state is read from the stored consent on mount, no banner.
      document.querySelector('iframe')!.remove();
      const again = await load(framework);
      await until(() => !!again.getElementById('analytics-widget'));
      expect(again.getElementById('analytics-widget')).to.exist;
      expect(part(again, 'banner')).to.equal(null);
    });
  }
});
