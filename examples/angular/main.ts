import '@angular/compiler'; // JIT: templates are compiled in the browser
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal, type OnInit } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { CookieConsent } from 'lit-cookie-consent';

@Component({
  selector: 'app-analytics',
  template: '<div id="analytics-widget">Analytics on</div>',
})
class Analytics {}

@Component({
  selector: 'app-root',
  imports: [Analytics],
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
class App implements OnInit {
  readonly analytics = signal(false);

  ngOnInit(): void {
    CookieConsent.init({ policyUrl: '/privacy', categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] });
    this.update();
  }

  update(): void {
    this.analytics.set(CookieConsent.granted('analytics'));
  }
}

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
