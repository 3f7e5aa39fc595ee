import { cookies, headers } from 'next/headers';
import { isGranted, parseConsentCookie } from 'lit-cookie-consent/server';

const state = (record) => (isGranted(record, 'analytics') ? 'granted' : 'denied');

// Reads the request's cookies, so the page that renders it is dynamic.
export default async function ServerConsent() {
  const value = (await cookies()).get('cookie_consent')?.value;
  const header = (await headers()).get('cookie');
  return (
    <ul>
      <li>
        From cookies(): <span data-server-consent="cookies">{state(parseConsentCookie(value))}</span>
      </li>
      <li>
        From the Cookie header: <span data-server-consent="header">{state(parseConsentCookie(header))}</span>
      </li>
    </ul>
  );
}
