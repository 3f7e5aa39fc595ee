import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';

// Zoneless change detection is Angular 21's default: no zone.js, signals drive the updates.
export const appConfig: ApplicationConfig = {
  providers: [provideBrowserGlobalErrorListeners()],
};
