import { editorField, editorTotals, lineFigures } from './invoice-editor';

describe("the invoice editor's arithmetic (the server's rounding)", () => {
  it('rounds each line half-up to the cent, GST 10 % per line, and sums them', () => {
    const lines = [
      { quantity: '1.5', unitPrice: '10.05', taxCode: 'GST' }, // 15.075 → 15.08, GST 1.508 → 1.51
      { quantity: '3', unitPrice: '0.35', taxCode: 'GST' }, // 1.05, GST 0.105 → 0.11
      { quantity: '2', unitPrice: '193.99', taxCode: 'GST_FREE' }, // 387.98
    ];
    expect(lines.map(lineFigures)).toEqual([
      { amount: '15.08', gst: '1.51' },
      { amount: '1.05', gst: '0.11' },
      { amount: '387.98', gst: '0.00' },
    ]);
    expect(editorTotals(lines)).toEqual({ subtotal: '404.11', gst: '1.62', total: '405.73' });
  });

  it('leaves out lines that are not numbers yet, and never goes through a float', () => {
    expect(lineFigures({ quantity: '', unitPrice: '5', taxCode: 'GST' })).toBeNull();
    expect(lineFigures({ quantity: '1.234', unitPrice: '5', taxCode: 'GST' })).toBeNull();
    // 0.1 + 0.2 in floats is 0.30000000000000004.
    expect(
      editorTotals([
        { quantity: '1', unitPrice: '0.10', taxCode: 'GST_FREE' },
        { quantity: '1', unitPrice: '0.20', taxCode: 'GST_FREE' },
        { quantity: 'x', unitPrice: '9', taxCode: 'GST' },
      ]),
    ).toEqual({ subtotal: '0.30', gst: '0.00', total: '0.30' });
  });

  it("places the API's errors on the header's or a line's field, the rest nowhere", () => {
    expect(editorField('lumary__Debtor__c')).toEqual({ control: 'debtor' });
    expect(editorField('client')).toEqual({ control: 'client' });
    expect(editorField('lines[1].quantity')).toEqual({ line: 1, control: 'quantity' });
    expect(editorField('lines[0].lumary__GL_Code__c')).toEqual({ line: 0, control: 'glCode' });
    expect(editorField('lines[2]')).toBeNull();
    expect(editorField('quantity')).toBeNull();
    expect(editorField('lumary__Status__c')).toBeNull();
  });
});
