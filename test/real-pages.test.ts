import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Result {
  before?: string;
  after?: string;
  marketing?: boolean;
  loads?: number;
}

/** The fixture page, served from a host with parent domains (the test browser maps *.example.test here). */
const visit = (step: string) =>
  executeServerCommand<Result, { url: string }>('visit', {
    url: `http://www.shop.example.test:${location.port}/test/fixtures/clear.html?step=${step}`,
  });

describe('revocation clears cookies on the host, every parent domain and path (real browser cookies)', () => {
  it('revoking marketing deletes _ad_* on www.shop.example.test, .shop.example.test, .example.test and /test', async () => {
    const result = await visit('accept');
    expect(result.before?.match(/_ad_\w+/g)?.sort()).to.deep.equal(['_ad_0', '_ad_1', '_ad_2', '_ad_path']);
    expect(result.after).to.not.match(/_ad_/);
  });

  it('while marketing stays denied, each page load clears them again (tags re-create them)', async () => {
    const result = await visit('reload');
    expect(result.marketing).to.equal(false);
    expect(result.after).to.not.match(/_ad_/);
    expect(result.after).to.match(/cookie_consent=/);
  });

  it('reloadOnRevoke: true reloads the page after a revocation', async () => {
    const result = await visit('reload-on-revoke');
    expect(result).to.deep.equal({ loads: 2, marketing: false });
  });
});

describe('under a strict Content-Security-Policy', () => {
  it('shows the banner and panel, holds the embed and runs only nonce\'d gated scripts, with zero violations from the library', async () => {
    const result = await executeServerCommand<{ banner: boolean; dialog: boolean; placeholder: boolean; log: string[]; violations: string[] }, { url: string }>(
      'visit',
      { url: `http://localhost:${location.port}/test/fixtures/csp.html` },
    );
    expect(result.banner).to.equal(true);
    expect(result.dialog).to.equal(true);
    expect(result.placeholder).to.equal(true);
    expect(result.log).to.deep.equal(['inline', 'a']);
    // The gated script without the nonce is never activated (gating is bound to the bundle's
    // nonce), so the policy has nothing to block: no violation at all.
    expect(result.violations).to.deep.equal([]);
  });
});

describe('one consent cookie: a choice saved here wins over copies for a parent domain or another path', () => {
  interface Copies {
    before: { marketing: boolean; copies: number };
    marketing: boolean;
    copies: number;
  }
  const go = (step: string) =>
    executeServerCommand<Copies, { url: string }>('visit', {
      url: `http://www.shop.example.test:${location.port}/test/fixtures/parent-cookie.html?step=${step}`,
    });

  it('Reject all removes the parent-domain and other-path copies; after a reload the refusal holds; reset() leaves none', async () => {
    const planted = await go('plant');
    // The planted grant is read first (as any cookie library would), until the visitor chooses.
    expect(planted.before.marketing).to.equal(true);
    expect(planted.marketing).to.equal(false);
    expect(planted.copies).to.equal(1);
    const reload = await go('look');
    expect(reload.before).to.deep.equal({ marketing: false, copies: 1 });
    const reset = await go('reset');
    expect(reset.copies).to.equal(0);
    expect(reset.marketing).to.equal(false);
  });
});

describe('under Trusted Types (require-trusted-types-for \'script\')', () => {
  interface Seen {
    log: string[];
    errors: string[];
    banner: boolean;
  }
  const tt = async (policies: string) => {
    // The page reports 300 ms after Accept all (whether the banner was up before it).
    const url = `http://localhost:${location.port}/test/fixtures/trusted-types.html?policies=${encodeURIComponent(policies)}`;
    return executeServerCommand<Seen, { url: string }>('visit', { url });
  };

  it('with the policies lit-html and cookie-consent allowed: the banner shows and every gated script runs after Accept all', async () => {
    const seen = await tt('lit-html cookie-consent');
    expect(seen.banner).to.equal(true);
    expect(seen.log.sort()).to.deep.equal(['a', 'inline', 'template']);
    expect(seen.errors).to.deep.equal([]);
  });

  it('with the cookie-consent policy refused: it fails closed (nothing gated runs) and says why in one console error', async () => {
    const seen = await tt('lit-html');
    expect(seen.banner).to.equal(true);
    expect(seen.log).to.deep.equal([]);
    expect(seen.errors).to.have.length(1);
    expect(seen.errors[0]).to.contain('Trusted Types').and.contain('trusted-types lit-html cookie-consent');
  });
});

describe('under Trusted Types with no policy allowed', () => {
  it("trusted-types 'none': nothing gated runs, and the one error names the refused policy", async () => {
    const seen = await executeServerCommand<{ log: string[]; errors: string[] }, { url: string }>('visit', {
      url: `http://localhost:${location.port}/test/fixtures/trusted-types.html?policies=${encodeURIComponent("'none'")}`,
    });
    expect(seen.log).to.deep.equal([]);
    // Each refused policy is named once: ours (nothing gated runs) and Lit's (the views cannot load).
    expect(seen.errors).to.have.length(2);
    expect(seen.errors.find((e) => e.includes('Trusted Types'))).to.contain('trusted-types lit-html cookie-consent');
    expect(seen.errors.find((e) => e.includes('ui.js'))).to.contain('failed as it ran').and.contain('Policy "lit-html" disallowed');
  });
});
