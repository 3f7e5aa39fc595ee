'use client';

import { useEffect } from 'react';
import { CookieConsent } from 'lit-cookie-consent';

export default function CookieBanner() {
  useEffect(() => {
    CookieConsent.init({ policyUrl: '/privacy' });
  }, []);

  return <cookie-consent></cookie-consent>;
}
