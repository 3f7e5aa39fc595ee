import Link from 'next/link';
import GatedScript from '../gated-script';
import ServerConsent from '../server-consent';

export default function Home() {
  return (
    <main>
      <h1>Welcome</h1>
      <p>
        Read our <Link href="/privacy">privacy policy</Link>.
      </p>
      <ServerConsent />
      <GatedScript />
    </main>
  );
}
