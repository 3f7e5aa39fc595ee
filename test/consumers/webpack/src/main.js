import { CookieConsent } from 'lit-cookie-consent';

CookieConsent.init({ policyUrl: '/privacy' });
