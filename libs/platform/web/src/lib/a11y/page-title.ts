import { EffectRef, Injectable, effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

/** What follows every page's own title in the browser tab. */
export const TITLE_SUFFIX = 'Lumary';

/** "Invoice INV-0001" → "Invoice INV-0001 | Lumary"; nothing → "Lumary". */
export function pageTitle(title: string | null | undefined): string {
  const own = title?.trim();
  return own ? `${own} | ${TITLE_SUFFIX}` : TITLE_SUFFIX;
}

/**
 * Each page's title in the browser tab (and what a screen reader announces on arrival): a
 * route's static `title` ("Sign in", "App Launcher"), or, for a page drawn from data (a record,
 * a list view, an app), the title the page sets once it knows it with `PageTitle.set`.
 */
@Injectable({ providedIn: 'root' })
export class PageTitle {
  private readonly title = inject(Title);

  set(title: string | null | undefined): void {
    this.title.setTitle(pageTitle(title));
  }
}

/** The router's titles through `pageTitle`; a route without one shows "Lumary" until its page sets its own. */
@Injectable()
export class LumaryTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const title = this.buildTitle(snapshot);
    // A page drawn from data sets its own once it has loaded; until then, no stale title.
    this.title.setTitle(pageTitle(title));
  }
}

/**
 * For a page drawn from data: its title once the data says it (e.g. `Invoice INV-0001`), again
 * whenever that changes. Call it in the page's injection context (a field initialiser).
 */
export function pageTitleFrom(compute: () => string | null | undefined): EffectRef {
  const title = inject(PageTitle);
  return effect(() => {
    const own = compute();
    if (own) title.set(own);
  });
}
