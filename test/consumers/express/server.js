// An Express site: the script-tag bundle served from the package's dist/ folder (all of it),
// and pages whose server reads the consent cookie the browser wrote.
import { fileURLToPath } from 'node:url';
import cookieParser from 'cookie-parser';
import express from 'express';
import { isGranted, parseConsentCookie } from 'lit-cookie-consent/server';

const dist = fileURLToPath(new URL('.', import.meta.resolve('lit-cookie-consent/cookie-consent.min.js')));
const CONSENT = { categories: [{ id: 'necessary', required: true }, { id: 'preferences' }, { id: 'analytics' }, { id: 'marketing' }] };

const app = express();
app.use(cookieParser());
app.use('/cookie-consent', express.static(dist));

const say = (record) => (isGranted(record, 'analytics') ? 'granted' : 'denied');

function page(lang, req) {
  // The raw Cookie header as the browser sent it, the value as cookie-parser decoded it, and
  // the bare value cut from the header: all three must read the same.
  const header = req.headers.cookie;
  const bare = header?.split(/;\s*/).find((c) => c.startsWith('cookie_consent='))?.slice('cookie_consent='.length);
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <title>Express</title>
    <script src="/cookie-consent/cookie-consent.min.js" defer></script>
  </head>
  <body>
    <h1>Express</h1>
    <p>From the Cookie header: <span data-server-consent>${say(parseConsentCookie(header, CONSENT))}</span></p>
    <p>From cookie-parser: <span data-server-consent>${say(parseConsentCookie(req.cookies.cookie_consent, CONSENT))}</span></p>
    <p>The bare value: <span data-server-consent>${say(parseConsentCookie(bare, CONSENT))}</span></p>
    <script type="text/plain" data-category="analytics">window.gatedRuns = (window.gatedRuns || 0) + 1</script>
  </body>
</html>`;
}

app.get('/', (req, res) => res.send(page('en', req)));
app.get('/de', (req, res) => res.send(page('de', req)));
app.get('/api/consent', (req, res) => res.json({ analytics: say(parseConsentCookie(req.headers.cookie, CONSENT)) }));

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`http://localhost:${port}/`));
