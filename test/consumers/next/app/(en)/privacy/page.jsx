import Link from 'next/link';

export const metadata = { title: 'Privacy policy' };

export default function Privacy() {
  return (
    <main>
      <h1>Privacy policy</h1>
      <p>We store your cookie choices in the cookie_consent cookie.</p>
      <p>
        <Link href="/">Home</Link>
      </p>
    </main>
  );
}
