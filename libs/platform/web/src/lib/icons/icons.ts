import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { ICON_SVGS } from './icons.generated';

/**
 * The app's icons as SVGs registered by name (`<mat-icon svgIcon="add" />`), instead of the
 * 3.9 MB Material Symbols font: icons.generated.ts holds exactly the ones the web code and the
 * metadata name (`npm run icons` writes it; its spec fails when a name is missing). A new icon in
 * a template: write `svgIcon="…"` with its name and run `npm run icons`.
 */
export function provideSvgIcons(): EnvironmentProviders {
  return provideAppInitializer(() => {
    const registry = inject(MatIconRegistry);
    const sanitizer = inject(DomSanitizer);
    for (const [name, svg] of Object.entries(ICON_SVGS)) {
      // The SVGs are this build's own constants (from @material-symbols/svg-400), never user input.
      registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(svg));
    }
  });
}

/** An icon name from metadata (an app's or a card's), or `fallback` when it is absent or has no SVG (a tenant's own app). */
export function iconName(name: string | null | undefined, fallback: string): string {
  return name && Object.hasOwn(ICON_SVGS, name) ? name : fallback;
}
