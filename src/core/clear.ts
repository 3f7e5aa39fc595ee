import type { CookieJar } from './jar.js';
import type { CookieInfo } from './types.js';

/** `www.shop.example.com` → host-only, then `www.shop.example.com`, `shop.example.com`, `example.com`. */
export function domainsOf(hostname: string): Array<string | undefined> {
  const parts = hostname.split('.');
  const out: Array<string | undefined> = [undefined];
  if (parts.length < 2 || /^[\d.]+$/.test(hostname)) return out;
  for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join('.'));
  return out;
}

/** `/a/b/c` → `/`, `/a`, `/a/b`, `/a/b/c` plus any extra paths. */
export function pathsOf(pathname: string, extra: string[] = []): string[] {
  const out = new Set(['/', ...extra]);
  let p = '';
  for (const seg of pathname.split('/').filter(Boolean)) out.add((p += '/' + seg));
  return [...out];
}

function matcher(name: string): (cookie: string) => boolean {
  const re = /^\/(.+)\/([a-z]*)$/.exec(name);
  if (re) {
    try {
      const pattern = new RegExp(re[1] ?? '', re[2]);
      return (cookie) => pattern.test(cookie);
    } catch {
      return () => false;
    }
  }
  return (cookie) => cookie === name;
}

/**
 * Deletes every cookie that `infos` names (exact or `/regex/`) on the current host,
 * each parent domain and each path, since a cookie can only be removed with the
 * domain and path it was set with. Returns the names it removed.
 */
export function clearCookies(
  infos: ReadonlyArray<CookieInfo>,
  jar: CookieJar,
  where: { hostname: string; pathname: string; paths?: string[] },
): string[] {
  if (infos.length === 0) return [];
  const tests = infos.map((info) => matcher(info.name));
  const names = jar.names().filter((n) => tests.some((t) => t(n)));
  for (const name of names) {
    for (const domain of domainsOf(where.hostname)) {
      for (const path of pathsOf(where.pathname, where.paths)) jar.remove(name, { path, domain });
    }
  }
  return names;
}
