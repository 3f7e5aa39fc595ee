/**
 * What the page's user agent and host say: crawlers (no banner, nothing optional granted)
 * and development hosts (compliance warnings printed). Plain substring tests first: a first
 * regular-expression run costs a page more than all of them.
 */

// "bot" ends a crawler's product name (Googlebot/2.1, bingbot/2.0, AdsBot-Google, Yahoo! Slurp)
// or stands as a word of its own; inside a device name (a CUBOT or ROBOT phone) it does not.
const BOT = /bot[/;-]|\bbot\b/;
const CRAWLER_WORDS = ['crawl', 'spider', 'slurp', 'facebookexternalhit', 'lighthouse', 'prerender'];

/** User agents of crawlers and previewers that should not see the banner (never `navigator.webdriver`). */
export function isBot(ua: string): boolean {
  const lower = ua.toLowerCase();
  return CRAWLER_WORDS.some((word) => lower.includes(word)) || (lower.includes('bot') && BOT.test(lower));
}

/** Development hosts, where the library also prints its compliance warnings (as with `debug: true`). */
export function isDevHost(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || ['.localhost', '.test', '.local'].some((end) => host.endsWith(end));
}
