import { useEffect, useState } from 'react';
import { CookieConsent } from 'lit-cookie-consent';
import Analytics from './Analytics.jsx';

export default function App() {
  const [analytics, setAnalytics] = useState(false);

  useEffect(() => {
    // init() configures the <cookie-consent> rendered below (React 19 renders custom elements as they are).
    CookieConsent.init({ policyUrl: '/privacy', categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] });
    setAnalytics(CookieConsent.granted('analytics'));
    // `on` returns the unsubscribe function, which is just what an effect's cleanup wants.
    return CookieConsent.on('consent-change', () => setAnalytics(CookieConsent.granted('analytics')));
  }, []);

  return (
    <>
      <cookie-consent></cookie-consent>
      {analytics ? <Analytics /> : <div id="analytics-off">Analytics off</div>}
    </>
  );
}
