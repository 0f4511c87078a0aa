import { FALLBACK_ICON, findIconUse, iconProblems } from './icons';

describe('the web app icons (SVGs, not the icon font)', () => {
  it('registers an SVG for every icon name the templates and the metadata use, writes no ligature, and the generated file is current', () => {
    expect(iconProblems()).toEqual([]);
  });

  it('finds the names wherever they are written: static, in a binding, in a link list and in the metadata', () => {
    const { names } = findIconUse();
    // <mat-icon svgIcon="add" />, [svgIcon]="… ? 'check_box' : …", icon: 'category' (Setup), icon: account_balance (AR_Management.yaml).
    expect(names).toEqual(
      expect.arrayContaining(['add', 'check_box', 'check_box_outline_blank', 'category', 'account_balance', FALLBACK_ICON]),
    );
  });
});
