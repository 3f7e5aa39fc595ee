import type { CookieJar, CookieWriteOptions } from '../src/core/jar.js';

export interface MemoryJar extends CookieJar {
  cookies: Map<string, { value: string; options: CookieWriteOptions }>;
}

/** An in-memory cookie jar that records the attributes each write used. */
export function memoryJar(initial: Record<string, string> = {}): MemoryJar {
  const cookies = new Map(Object.entries(initial).map(([k, v]) => [k, { value: v, options: {} }]));
  return {
    cookies,
    get: (name) => cookies.get(name)?.value,
    set: (name, value, options) => void cookies.set(name, { value, options }),
    remove: (name) => void cookies.delete(name),
    names: () => [...cookies.keys()],
  };
}

/** Deletes every cookie the page can see, on the path `/`. */
export function clearDocumentCookies(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

export function documentCookie(name: string): string | undefined {
  for (const part of document.cookie.split('; ')) {
    const eq = part.indexOf('=');
    if (part.slice(0, eq) === name) return part.slice(eq + 1);
  }
  return undefined;
}

/** Records every string written to `document.cookie` until `restore()`. */
export function spyCookieWrites(): { writes: string[]; restore: () => void } {
  const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const writes: string[] = [];
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => desc.get!.call(document) as string,
    set: (v: string) => {
      writes.push(v);
      desc.set!.call(document, v);
    },
  });
  return { writes, restore: () => void delete (document as { cookie?: string }).cookie };
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

export const days = (n: number) => n * 86_400_000;
