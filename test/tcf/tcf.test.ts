// The IAB TCF CMP as a publisher runs it: the script-tag bundle on a page of its own (a new tab
// on www.news.example), the fixture vendor list beside it, the TC string decoded here with the
// IAB's own decoder, purpose by purpose and vendor by vendor.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TCString } from '@iabtechlabtcf/core';

interface Result {
  events: string[];
  tcString: string;
  ac?: string;
  cookie: string;
  cmpId: number;
  gdprApplies: boolean;
  publisherCC: string;
  banner: boolean;
  vendorsInView?: boolean;
  scripts: string[];
  frameReplies: Array<{ call: string; success: boolean; cmpLoaded?: boolean; eventStatus?: string; tcString?: string }>;
}

interface FixtureVendor {
  id: number;
  purposes: number[];
  legIntPurposes: number[];
  specialFeatures: number[];
}

const SITE_VENDORS = [1, 2, 10, 25, 28, 755];
const visit = (query: string) => executeServerCommand<Result, { url: string }>('visit', { url: `http://www.news.example:${location.port}/test/fixtures/tcf.html?${query}` });
const on = (vector: { has(id: number): boolean }, max = 1000) => Array.from({ length: max }, (_, i) => i + 1).filter((i) => vector.has(i));

let vendors: FixtureVendor[] = [];
const used = (pick: (v: FixtureVendor) => number[]) => [...new Set(vendors.flatMap(pick))].sort((a, b) => a - b);

describe('IAB TCF 2.3 (script tag, fixture vendor list)', () => {
  before(async () => {
    const list = (await (await fetch('/test/fixtures/gvl/vendor-list.json')).json()) as { vendors: Record<string, FixtureVendor> };
    vendors = Object.values(list.vendors).filter((v) => SITE_VENDORS.includes(v.id));
  });

  it('Accept all: every purpose and special feature the site\'s vendors use, every site vendor, all disclosed; the cookie holds it', async () => {
    const r = await visit('clear&action=accept');
    expect(r.events).to.deep.equal(['ping:stub', 'cmpuishown', 'useractioncomplete']);
    expect(r.cookie).to.contain(`euconsent-v2=${r.tcString}`);
    const tc = TCString.decode(r.tcString);
    expect(tc.cmpId).to.equal(300);
    expect(tc.isServiceSpecific).to.equal(true);
    expect(tc.publisherCountryCode).to.equal('DE');
    expect(on(tc.purposeConsents, 24)).to.deep.equal(used((v) => v.purposes));
    expect(on(tc.specialFeatureOptins, 2)).to.deep.equal(used((v) => v.specialFeatures));
    expect(on(tc.vendorConsents)).to.deep.equal(vendors.filter((v) => v.purposes.length).map((v) => v.id).sort((a, b) => a - b));
    expect(on(tc.vendorsDisclosed)).to.deep.equal(SITE_VENDORS);
    expect(on(tc.vendorConsents)).to.not.include(52);
    // Legitimate interest: established for the purposes vendors claim it for, never for 1 and 3–6.
    const li = on(tc.purposeLegitimateInterests, 24);
    expect(li).to.deep.equal(used((v) => v.legIntPurposes).filter((p) => ![1, 3, 4, 5, 6].includes(p)));
    expect(r.ac).to.equal('2~89.1097~dv.');
    expect(r.cookie).to.contain('addtl_consent=2~89.1097~dv.');
  });

  it('Reject all: no consent, no legitimate interest, still every vendor disclosed', async () => {
    const r = await visit('clear&action=reject');
    const tc = TCString.decode(r.tcString);
    expect(on(tc.purposeConsents, 24)).to.deep.equal([]);
    expect(on(tc.purposeLegitimateInterests, 24)).to.deep.equal([]);
    expect(on(tc.vendorConsents)).to.deep.equal([]);
    expect(on(tc.vendorLegitimateInterests)).to.deep.equal([]);
    expect(on(tc.specialFeatureOptins, 2)).to.deep.equal([]);
    expect(on(tc.vendorsDisclosed)).to.deep.equal(SITE_VENDORS);
    expect(r.ac).to.equal('2~~dv.89.1097');
  });

  it('a custom choice in the panel: purpose 1 and vendor 755 consented, legitimate interest for purpose 7 objected to', async () => {
    const r = await visit('clear&action=custom');
    const tc = TCString.decode(r.tcString);
    expect(on(tc.purposeConsents, 24)).to.deep.equal([1]);
    expect(on(tc.vendorConsents)).to.deep.equal([755]);
    const li = on(tc.purposeLegitimateInterests, 24);
    expect(li).to.not.include(7);
    expect(li).to.deep.equal(used((v) => v.legIntPurposes).filter((p) => ![1, 3, 4, 5, 6, 7].includes(p)));
    expect(tc.consentScreen).to.equal(2);
    expect(r.vendorsInView, 'the partners link opens the panel at the list of partners').to.equal(true);
  });

  it('a returning visitor: tcloaded from the cookie, no banner, no views loaded', async () => {
    const first = await visit('clear&action=accept');
    const r = await visit('');
    expect(r.events).to.deep.equal(['ping:stub', 'tcloaded']);
    expect(r.tcString).to.equal(first.tcString);
    expect(r.banner).to.equal(false);
    expect(r.scripts.some((p) => p.endsWith('/ui.js'))).to.equal(false);
    expect(r.scripts.some((p) => p.endsWith('/tcf.js'))).to.equal(true);
  });

  it('answers __tcfapi from a cross-origin iframe through the __tcfapiLocator frame (object and JSON-string messages)', async () => {
    const r = await visit('clear&frame&action=accept');
    const ping = r.frameReplies.find((f) => f.call === 'ping');
    expect(ping?.success).to.equal(true);
    // The listener, registered by a JSON-string message, hears the UI and then the choice, with the string the page has.
    const heard = r.frameReplies.filter((f) => f.call === 'addEventListener');
    expect(heard.map((f) => f.eventStatus)).to.deep.equal(['cmpuishown', 'useractioncomplete']);
    expect(heard[1]?.tcString).to.equal(r.tcString);
  });
});

describe('a site without tcf', () => {
  it('has no __tcfapi and fetches none of the TCF code', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    await new Promise((r) => setTimeout(r, 300));
    const w = frame.contentWindow as Window & { __tcfapi?: unknown };
    expect(w.__tcfapi).to.equal(undefined);
    const scripts = w.performance.getEntriesByType('resource').map((e) => e.name);
    expect(scripts.some((s) => /\/tcf(\/|\.js)/.test(s))).to.equal(false);
    frame.remove();
  });
});
