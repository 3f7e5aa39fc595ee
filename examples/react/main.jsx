import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CookieConsent } from 'lit-cookie-consent';

function Analytics() {
  return <div id="analytics-widget">Analytics on</div>;
}

function App() {
  const [analytics, setAnalytics] = useState(false);

  useEffect(() => {
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

createRoot(document.getElementById('app')).render(<App />);
