/**
 * The IAB TCF CMP API stub (CMP API v2, "How does the CMP stub API work?"): in the start-up
 * file, installed at script load when the config has `tcf`, before any ad tag can ask.
 * `__tcfapi` answers `ping` and queues every other call; called with no arguments it hands
 * over the queue, which is how the CMP module (`@iabtechlabtcf/cmpapi`) takes it over.
 * The `__tcfapiLocator` frame tells scripts in iframes that a CMP is here, and the
 * `postMessage` relay answers their `__tcfapiCall` messages through whatever `__tcfapi`
 * is in place at the time (the stub first, the CMP once loaded).
 */

type TcfApi = (command?: string, version?: number, callback?: (value: unknown, success: boolean) => void, parameter?: unknown) => unknown;

declare global {
  interface Window {
    __tcfapi?: TcfApi;
  }
}

interface TcfCall {
  command: string;
  version: number;
  callId: unknown;
  parameter?: unknown;
}

/** Installs the stub once per page; `gdprApplies` is what `ping` reports. */
export function tcfStub(gdprApplies: boolean): void {
  const w = window;
  if (w.__tcfapi) return;
  const queue: unknown[][] = [];
  w.__tcfapi = (...args) => {
    if (!args.length) return queue;
    if (args[0] !== 'ping') queue.push(args);
    else args[2]?.({ gdprApplies, cmpLoaded: false, cmpStatus: 'stub', apiVersion: '2' }, true);
  };
  addEventListener('message', ({ data, source }) => {
    const text = typeof data == 'string';
    let call: TcfCall | undefined;
    try {
      call = ((text ? JSON.parse(data) : data) as { __tcfapiCall?: TcfCall } | null)?.__tcfapiCall;
    } catch {
      // Not JSON: another script's message.
    }
    if (call)
      w.__tcfapi?.(
        call.command,
        call.version,
        (returnValue, success) => {
          const reply = { __tcfapiReturn: { returnValue, success, callId: call.callId } };
          (source as Window | null)?.postMessage(text ? JSON.stringify(reply) : reply, '*');
        },
        call.parameter,
      );
  });
  // At once, even from <head>: an ad frame may ask before the body is parsed.
  if (!(frames as unknown as Record<string, unknown>).__tcfapiLocator) {
    const frame = document.createElement('iframe');
    frame.name = '__tcfapiLocator';
    frame.hidden = true;
    (document.body ?? document.documentElement).append(frame);
  }
}
