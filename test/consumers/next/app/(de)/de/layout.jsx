import CookieBanner from '../../cookie-banner';

export const metadata = { title: 'lit-cookie-consent mit Next.js' };

export default function GermanRootLayout({ children }) {
  return (
    <html lang="de">
      <body>
        {children}
        <CookieBanner />
      </body>
    </html>
  );
}
