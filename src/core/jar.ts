import Cookies from 'js-cookie';

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
  get(name: string): string | undefined;
  set(name: string, value: string, options: CookieWriteOptions): void;
  remove(name: string, options: Pick<CookieWriteOptions, 'path' | 'domain'>): void;
  /** Names of every cookie visible to the page. */
  names(): string[];
}

/** The page's own cookies, through js-cookie. */
export const documentJar: CookieJar = {
  get: (name) => Cookies.get(name),
  set(name, value, { days, ...attributes }) {
    Cookies.set(name, value, {
      ...attributes,
      ...(days === undefined ? {} : { expires: days, 'max-age': String(Math.round(days * 86400)) }),
    });
  },
  remove: (name, attributes) => Cookies.remove(name, attributes),
  names: () => Object.keys(Cookies.get()),
};
