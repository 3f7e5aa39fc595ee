import CookieBanner from '../cookie-banner';

export const metadata = { title: 'lit-cookie-consent on Next.js' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        {children}
        <CookieBanner />
      </body>
    </html>
  );
}
