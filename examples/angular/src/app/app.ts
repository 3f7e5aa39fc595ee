import { Component, CUSTOM_ELEMENTS_SCHEMA, signal, type OnInit } from '@angular/core';
import { CookieConsent } from 'lit-cookie-consent';
import { Analytics } from './analytics';

@Component({
  selector: 'app-root',
  imports: [Analytics],
  // <cookie-consent> is a web component, not an Angular component.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <cookie-consent (consent-change)="update()"></cookie-consent>
    @if (analytics()) {
      <app-analytics />
    } @else {
      <div id="analytics-off">Analytics off</div>
    }
  `,
})
export class App implements OnInit {
  protected readonly analytics = signal(false);

  ngOnInit(): void {
    // init() configures the <cookie-consent> in the template.
    CookieConsent.init({ policyUrl: '/privacy', categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] });
    this.update();
  }

  protected update(): void {
    this.analytics.set(CookieConsent.granted('analytics'));
  }
}
