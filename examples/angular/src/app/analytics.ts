import { Component } from '@angular/core';

/** Stands for whatever needs analytics consent: rendered only while it is granted. */
@Component({
  selector: 'app-analytics',
  template: '<div id="analytics-widget">Analytics on</div>',
})
export class Analytics {}
