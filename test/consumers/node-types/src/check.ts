// A Node-only project (no DOM library): the server helper, the validator and the migration
// helper must type-check here, as they are documented for servers and build tools.
import { isGranted, parseConsentCookie, type ConsentRecord } from 'lit-cookie-consent/server';
import { validate, type Finding } from 'lit-cookie-consent/validate';
import { fromVanillaCookieConsentConfig } from 'lit-cookie-consent/migrate';

const record: ConsentRecord | null = parseConsentCookie('cookie_consent=x', { revision: 1 });
const analytics: boolean = isGranted(record, 'analytics');
const findings: Finding[] = validate({ policyUrl: '/privacy' });
const migrated = fromVanillaCookieConsentConfig({ categories: { necessary: { readOnly: true } } });

console.log(analytics, findings.length, migrated.categories?.length);
