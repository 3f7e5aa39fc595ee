import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ConsentManager } from '../../src/core/manager.js';
import { createPlaceholder } from '../../src/core/placeholder.js';
import { memoryJar, nextFrame } from '../helpers.js';

/** URLs the test server was asked for. */
const probed = async () => (await (await fetch('/__probed')).json()) as string[];
const unique = (name: string) => `/__probe/${name}-${Math.random().toString(36).slice(2)}`;
const placeholders = () => [...document.querySelectorAll<HTMLElement>('[data-cc-placeholder]')];
const tick = async () => {
  await Promise.resolve();
  await nextFrame();
};

describe('embeds held back until consent', () => {
  let m: ConsentManager;
  beforeEach(() => {
    m = new ConsentManager(memoryJar());
    m.placeholder = createPlaceholder;
  });
  afterEach(() => m.destroy());

  it('requests nothing before consent and shows a same-size placeholder naming provider and purpose', async () => {
    const url = unique('video');
    await fixture(html`<div>
      <iframe data-category="marketing" data-provider="VideoTube" data-src=${url} width="560" height="315" title="Video"></iframe>
    </div>`);
    m.init({ policyUrl: '/privacy' });
    await tick();
    expect(document.querySelector('iframe')).to.equal(null);
    const [box] = placeholders();
    expect(box).to.exist;
    const rect = box.getBoundingClientRect();
    expect([rect.width, rect.height]).to.deep.equal([560, 315]);
    const root = box.shadowRoot!;
    expect(root.querySelector('p')?.textContent).to.equal('This content from VideoTube is blocked until you allow Marketing cookies.');
    // A provider name is inserted as it is, "$&" and all.
    const odd = await fixture<HTMLDivElement>(html`<div><iframe data-category="marketing" data-provider="A$&B" data-src="/__probe/odd" title="odd"></iframe></div>`);
    await tick();
    expect(odd.querySelector('[data-cc-placeholder]')?.shadowRoot?.querySelector('p')?.textContent).to.contain('from A$&B is');
    expect(root.querySelector('a')?.getAttribute('href')).to.equal('/privacy');
    await new Promise((r) => setTimeout(r, 100));
    expect((await probed()).filter((u) => u === url)).to.deep.equal([]);
  });

  it('its button grants the category in one click and loads the embed in its place', async () => {
    const url = unique('map');
    await fixture(html`<div><iframe data-category="marketing" data-src=${url} title="Map"></iframe></div>`);
    m.init();
    await tick();
    const [box] = placeholders();
    expect(box.shadowRoot!.querySelector('p')?.textContent).to.contain('localhost');
    box.shadowRoot!.querySelector('button')!.click();
    await tick();
    expect(m.granted('marketing')).to.equal(true);
    expect(placeholders()).to.deep.equal([]);
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal(url);
    // Asked of the server (it may have loaded before a load listener could be added).
    await waitUntil(async () => (await probed()).includes(url), 'the embed was requested', { timeout: 4000 });
  });

  it('img with data-srcset and video with <source data-src> load only when granted', async () => {
    const img = unique('pixel.gif');
    const source = unique('clip.gif');
    await fixture(html`<div>
      <img data-category="analytics" data-src=${img} data-srcset="${img} 1x" alt="pixel" width="1" height="1" />
      <video data-category="analytics"><source data-src=${source} /></video>
    </div>`);
    m.init();
    await tick();
    expect(placeholders()).to.have.length(2);
    m.set(['analytics']);
    await tick();
    const el = document.querySelector('img')!;
    expect([el.getAttribute('src'), el.getAttribute('srcset')]).to.deep.equal([img, `${img} 1x`]);
    expect(document.querySelector('source')?.getAttribute('src')).to.equal(source);
    await new Promise((r) => setTimeout(r, 100));
    expect(await probed()).to.include(img);
  });

  it('loads the placeholder module on demand; if it cannot load, the embed stays empty until granted', async () => {
    m.placeholder = undefined;
    const asked: string[] = [];
    m.loadModule = (name) => {
      asked.push(name);
      return Promise.reject(new Error('offline'));
    };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args[0]);
    await fixture(html`<div><iframe data-category="marketing" data-src=${unique('bare')} title="bare"></iframe></div>`);
    m.init();
    await tick();
    expect(document.querySelector('iframe')?.hasAttribute('src')).to.equal(false);
    console.error = original;
    expect(asked).to.include('placeholder');
    // The loader names what failed (the package's loaders do); the manager adds no second message.
    expect(errors).to.deep.equal([]);
    m.set(['marketing']);
    await tick();
    expect(document.querySelector('iframe')?.getAttribute('src')).to.match(/bare/);
  });

  it('with the placeholder module loaded on demand, the placeholder appears without a factory set up front', async () => {
    // The default loader: the package's own dynamic import of the placeholder module.
    m.placeholder = undefined;
    await fixture(html`<div><iframe data-category="marketing" data-src=${unique('lazy')} title="lazy"></iframe></div>`);
    m.init();
    await waitUntil(() => placeholders().length, 'placeholders().length', { timeout: 2000 });
    expect(placeholders()).to.have.length(1);
  });

  it('a placeholder waits for the visitor\'s language before it is made', async () => {
    let release: () => void = () => undefined;
    const slowGerman = new Promise<void>((r) => (release = r));
    m.loadModule = async (name) => {
      if (name !== 'locales/de') throw new Error(name);
      await slowGerman;
      return import('../../src/locales/de.js');
    };
    await fixture(html`<div><iframe data-category="marketing" data-provider="VideoTube" data-src=${unique('de')} title="de"></iframe></div>`);
    m.init({ language: 'de' });
    await tick();
    expect(placeholders()).to.have.length(0);
    release();
    await waitUntil(() => placeholders().length, 'placeholders().length', { timeout: 2000 });
    expect(placeholders()[0]?.shadowRoot?.querySelector('button')?.textContent).to.equal('Zulassen und laden');
  });

  it('picks up embeds added later (single-page apps): a placeholder before consent, a load after', async () => {
    m.init();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<iframe data-category="marketing" data-src="${unique('late')}" title="late"></iframe>`;
    await tick();
    expect(placeholders()).to.have.length(1);
    m.set(['marketing']);
    const url = unique('later');
    host.insertAdjacentHTML('beforeend', `<iframe data-category="marketing" data-src="${url}" title="later"></iframe>`);
    await tick();
    expect(placeholders()).to.have.length(0);
    expect(host.querySelectorAll('iframe[src]')).to.have.length(2);
  });

  it('a service embed grants only its service and keeps the other categories\' service choices', async () => {
    await fixture(html`<div><iframe data-category="marketing" data-service="video" data-src=${unique('svc')} title="svc"></iframe></div>`);
    m.init({
      categories: [
        { id: 'necessary', required: true },
        { id: 'analytics', services: [{ id: 'matomo' }, { id: 'hotjar' }] },
        { id: 'marketing', services: [{ id: 'video' }, { id: 'ads' }] },
      ],
    });
    m.set(['analytics'], { analytics: ['matomo'] });
    await tick();
    placeholders()[0].shadowRoot!.querySelector('button')!.click();
    expect(m.get()?.services).to.deep.equal({ analytics: ['matomo'], marketing: ['video'] });
    expect(m.granted('marketing', 'ads')).to.equal(false);
    await tick();
    expect(document.querySelector('iframe')?.getAttribute('src')).to.match(/svc/);
  });
});
