import { TestBed } from '@angular/core/testing';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { provideSvgIcons } from '@platform/web';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// The app's icons, as the shell registers them (an icon name with no SVG fails the test).
beforeEach(() => TestBed.configureTestingModule({ providers: [provideSvgIcons()] }));
