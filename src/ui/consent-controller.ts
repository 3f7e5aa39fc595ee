import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentManager } from '../core/manager.js';

/** Re-renders its host whenever the manager's view or consent changes. */
export class ConsentController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    readonly manager: ConsentManager,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.manager.attach(this.host);
    this.unsubscribe = this.manager.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.manager.detach(this.host);
  }
}
