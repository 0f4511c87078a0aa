import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { iconName } from '../icons/icons';
import { pageTitle, pageTitleFrom } from './page-title';

@Component({ selector: 'app-titled', template: '' })
class TitledPage {
  readonly name = signal<string | null>(null);
  protected readonly titled = pageTitleFrom(() => this.name() && `Invoice ${this.name()}`);
}

describe('page titles', () => {
  it('ends every title with "| Lumary", and is "Lumary" alone without one', () => {
    expect(pageTitle('Invoice INV-0001')).toBe('Invoice INV-0001 | Lumary');
    expect(pageTitle('  Sign in ')).toBe('Sign in | Lumary');
    expect(pageTitle('')).toBe('Lumary');
    expect(pageTitle(undefined)).toBe('Lumary');
  });

  it("sets a data page's title once its data says it, and again when it changes", async () => {
    const title = TestBed.inject(Title);
    title.setTitle('Lumary');
    const fixture = TestBed.createComponent(TitledPage);
    await fixture.whenStable();
    expect(title.getTitle()).toBe('Lumary');
    fixture.componentInstance.name.set('INV-0001');
    await fixture.whenStable();
    expect(title.getTitle()).toBe('Invoice INV-0001 | Lumary');
    fixture.componentInstance.name.set('INV-0002');
    await fixture.whenStable();
    expect(title.getTitle()).toBe('Invoice INV-0002 | Lumary');
  });
});

describe('icon names from metadata', () => {
  it('keeps a name that has an SVG and falls back for one that has none', () => {
    expect(iconName('account_balance', 'apps')).toBe('account_balance');
    expect(iconName('no_such_icon', 'apps')).toBe('apps');
    expect(iconName(null, 'list')).toBe('list');
  });
});
