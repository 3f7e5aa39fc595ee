import Link from 'next/link';
import GatedScript from '../../gated-script';
import ServerConsent from '../../server-consent';

export default function Startseite() {
  return (
    <main>
      <h1>Willkommen</h1>
      <p>
        Lesen Sie unsere <Link href="/privacy">Datenschutzerklärung</Link>.
      </p>
      <ServerConsent />
      <GatedScript />
    </main>
  );
}
