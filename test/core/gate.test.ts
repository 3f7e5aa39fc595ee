import { expect, fixture, html } from '@open-wc/testing';
import { ScriptGate } from '../../src/core/gate.js';
import { nextFrame } from '../helpers.js';

declare global {
  interface Window {
    __log?: string[];
  }
}

const log = () => window.__log ?? [];

describe('ScriptGate', () => {
  let granted: Set<string>;
  let gate: ScriptGate;
  const check = (category: string, service?: string) => granted.has(service ? `${category}/${service}` : category);

  beforeEach(() => {
    window.__log = [];
    granted = new Set();
    gate = new ScriptGate(check);
  });
  afterEach(() => gate.disconnect());

  it('never runs a gated script before its category is granted', async () => {
    await fixture(html`<div><script type="text/plain" data-category="analytics">window.__log.push('x')</script></div>`);
    await gate.run();
    expect(log()).to.deep.equal([]);
  });

  it('runs granted scripts in document order, external ones finishing first, each once', async () => {
    await fixture(html`<div>
      <script type="text/plain" data-category="analytics">window.__log.push('1')</script>
      <script type="text/plain" data-category="analytics" src="/test/fixtures/log-a.js"></script>
      <script type="text/plain" data-category="marketing">window.__log.push('m')</script>
      <script type="text/plain" data-category="analytics">window.__log.push('2')</script>
      <script type="text/plain" data-category="analytics" src="/test/fixtures/log-b.js"></script>
      <script type="text/plain" data-category="analytics">window.__log.push('3')</script>
    </div>`);
    granted.add('analytics');
    await gate.run();
    expect(log()).to.deep.equal(['1', 'a', '2', 'b', '3']);
    await gate.run();
    granted.add('marketing');
    await gate.run();
    expect(log()).to.deep.equal(['1', 'a', '2', 'b', '3', 'm']);
  });

  it('carries every attribute over, nonce included, and honours data-type', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.category = 'analytics';
    s.setAttribute('nonce', 'abc123');
    s.setAttribute('data-extra', 'yes');
    s.id = 'tracked';
    s.text = "window.__log.push('ran')";
    host.append(s);
    const m = document.createElement('script');
    m.type = 'text/plain';
    m.dataset.category = 'analytics';
    m.dataset.type = 'module';
    m.id = 'module';
    m.text = "window.__log.push('module')";
    host.append(m);
    granted.add('analytics');
    await gate.run();
    const ran = host.querySelector<HTMLScriptElement>('#tracked')!;
    expect(ran.type).to.equal('');
    expect(ran.nonce).to.equal('abc123');
    expect(ran.dataset.extra).to.equal('yes');
    expect(ran.dataset.category).to.equal('analytics');
    expect(log()).to.include('ran');
    expect(host.querySelector('#module')?.getAttribute('type')).to.equal('module');
    for (let i = 0; i < 50 && !log().includes('module'); i++) await nextFrame();
    expect(log()).to.include('module');
  });

  it('gates by service when data-service is set', async () => {
    await fixture(html`<div>
      <script type="text/plain" data-category="analytics" data-service="matomo">window.__log.push('matomo')</script>
      <script type="text/plain" data-category="analytics" data-service="ga">window.__log.push('ga')</script>
    </div>`);
    granted.add('analytics');
    granted.add('analytics/matomo');
    await gate.run();
    expect(log()).to.deep.equal(['matomo']);
  });

  it('inserts <template data-category> content in place once granted', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><template data-category="marketing"><p class="pixel">ad</p><script>window.__log.push('tpl')</script></template></div>`,
    );
    await gate.run();
    expect(host.querySelector('.pixel')).to.equal(null);
    granted.add('marketing');
    await gate.run();
    expect(host.querySelector('.pixel')?.textContent).to.equal('ad');
    expect(log()).to.deep.equal(['tpl']);
  });

  it('picks up gated scripts added to the page later', async () => {
    granted.add('analytics');
    gate.observe();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.category = 'analytics';
    s.text = "window.__log.push('late')";
    host.append(s);
    await nextFrame();
    await gate.run();
    expect(log()).to.deep.equal(['late']);
  });

  it('keeps going when a gated script throws', async () => {
    const onerror = window.onerror;
    window.onerror = () => true;
    try {
      await fixture(html`<div>
        <script type="text/plain" data-category="analytics">throw new Error('boom')</script>
        <script type="text/plain" data-category="analytics">window.__log.push('after')</script>
      </div>`);
      granted.add('analytics');
      await gate.run();
    } finally {
      window.onerror = onerror;
    }
    expect(log()).to.deep.equal(['after']);
  });
});
