import Cookies from 'js-cookie';
import { cookieFromHeader } from './record.js';

export interface CookieWriteOptions {
  path?: string;
  domain?: string;
  sameSite?: 'Lax' | 'Strict';
  secure?: boolean;
  /** Lifetime in days (written as both Max-Age and Expires). */
  days?: number;
}

/** Where cookies are read and written; the browser's by default, in memory in unit tests. */
export interface CookieJar {
  /** The value as stored (still URI-encoded in a browser); `parseRecord` decodes it. */
  get(name: string): string | undefined;
  set(name: string, value: string, options: CookieWriteOptions): void;
  remove(name: string, options: Pick<CookieWriteOptions, 'path' | 'domain'>): void;
  /** Names of every cookie visible to the page. */
  names(): string[];
}

/**
 * The page's own cookies: written through js-cookie, read raw from `document.cookie` by
 * the same code as the server's `Cookie` header, so both decode the value alike.
 */
export const documentJar: CookieJar = {
  get: (name) => cookieFromHeader(document.cookie, name),
  set(name, value, { days, ...attributes }) {
    Cookies.set(name, value, {
      ...attributes,
      ...(days === undefined ? {} : { expires: days, 'max-age': String(Math.round(days * 86400)) }),
    });
  },
  remove: (name, attributes) => Cookies.remove(name, attributes),
  names: () => Object.keys(Cookies.get()),
};
