import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/** How long a new page may take to draw its heading before focus is left where it is. */
const WAIT_MS = 5000;

/**
 * Focus after navigation (WCAG 2.4.3): when the route's path changes, focus moves to the new
 * page's `h1` (made focusable with tabindex="-1") once the page has drawn it, so a keyboard or
 * screen-reader user starts at the page's title, not at the top of the toolbar or on nothing. A
 * change of query parameters only (a list's sort or filter) leaves focus where it is. Dialogs give
 * focus back to their opener themselves (MatDialog's restoreFocus); when the opener has gone (the
 * page was drawn again after the change), focus goes to the page's heading instead: the shell
 * watches the overlay container (where dialogs, menus and pop-ups live) rather than MatDialog, so
 * that the first load carries no dialog code.
 */
@Injectable({ providedIn: 'root' })
export class PageFocus {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private lastPath: string | null = null;
  private observer: MutationObserver | null = null;

  /** Starts following navigation (the shell calls it once). */
  start(destroyRef: DestroyRef): void {
    const sub = this.router.events.pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd)).subscribe((e) => {
      const path = e.urlAfterRedirects.split(/[?#]/)[0];
      const first = this.lastPath === null;
      const changed = path !== this.lastPath;
      this.lastPath = path;
      // The first page of a visit keeps the browser's own start (the top of the document).
      if (!first && changed) this.focusHeading();
    });
    const overlays = this.watchOverlays();
    destroyRef.onDestroy(() => {
      sub.unsubscribe();
      overlays.disconnect();
      this.observer?.disconnect();
    });
  }

  /** When an overlay closes (a dialog) and leaves focus on nothing, now or once the page has redrawn, the heading gets it. */
  private watchOverlays(): { disconnect(): void } {
    const view = this.document.defaultView;
    if (!view || typeof MutationObserver === 'undefined') return { disconnect: () => undefined };
    const closed = new MutationObserver((records) => {
      if (!records.some((r) => r.removedNodes.length)) return;
      for (const ms of [50, 800]) view.setTimeout(() => this.restore(), ms);
    });
    const watch = (node: Node) => {
      if (node instanceof HTMLElement && node.classList.contains('cdk-overlay-container')) closed.observe(node, { childList: true });
    };
    this.document.body.childNodes.forEach(watch);
    const added = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(watch)));
    added.observe(this.document.body, { childList: true });
    return {
      disconnect: () => {
        added.disconnect();
        closed.disconnect();
      },
    };
  }

  /** Focus on the page's `h1` when focus is on nothing (its element removed, or the body). */
  restore(): void {
    const active = this.document.activeElement;
    // Another overlay still open (a dialog that opened a confirmation) keeps its own focus.
    if (this.document.querySelector('.cdk-overlay-container .cdk-overlay-pane')) return;
    if (!active || active === this.document.body || !active.isConnected) this.focusHeading();
  }

  /** Focuses the main region's `h1` now, or as soon as the page draws one. */
  focusHeading(): void {
    this.observer?.disconnect();
    const main = this.document.querySelector('main') ?? this.document.body;
    const focus = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focus()) return;
    const view = this.document.defaultView;
    if (!view || typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(() => {
      if (focus()) observer.disconnect();
    });
    this.observer = observer;
    observer.observe(main, { childList: true, subtree: true });
    view.setTimeout(() => observer.disconnect(), WAIT_MS);
  }
}
