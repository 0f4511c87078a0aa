import { lineAmounts, invoiceTotals, type LineAmounts } from '@lumary-ar/server/invoice-math';

/**
 * The invoice editor's arithmetic: the server's own rules (libs/lumary-ar/RULES.md#invoices,
 * `invoice-math.ts`, decimal.js, never a float), so what the editor shows is what issuing posts:
 * line amount = quantity × unit price rounded half-up to the cent, GST 10 % of it rounded per
 * line, Subtotal and GST their sums, Total = Subtotal + GST.
 */

/** A line as the editor's form holds it (text as typed). */
export interface LineInput {
  quantity: string | null;
  unitPrice: string | null;
  taxCode: string | null;
}

/** Quantities and unit prices as the API takes them: digits with at most two decimals. */
export const DECIMAL_PATTERN = /^\d{1,13}(\.\d{1,2})?$/;

/** A line's amount and GST as two-decimal strings, or null while its quantity or price is not a number yet. */
export function lineFigures(line: LineInput): { amount: string; gst: string } | null {
  const amounts = amountsOf(line);
  return amounts ? { amount: amounts.amount.toFixed(2), gst: amounts.gst.toFixed(2) } : null;
}

/** Subtotal, GST and Total over the lines that are numbers so far. */
export function editorTotals(lines: LineInput[]): { subtotal: string; gst: string; total: string } {
  const totals = invoiceTotals(lines.map(amountsOf).filter((a): a is LineAmounts => a !== null));
  return { subtotal: totals.subtotal.toFixed(2), gst: totals.gst.toFixed(2), total: totals.total.toFixed(2) };
}

function amountsOf(line: LineInput): LineAmounts | null {
  const quantity = (line.quantity ?? '').trim();
  const price = (line.unitPrice ?? '').trim();
  if (!DECIMAL_PATTERN.test(quantity) || !DECIMAL_PATTERN.test(price)) return null;
  return lineAmounts(quantity, price, line.taxCode === 'GST_FREE' ? 'GST_FREE' : 'GST');
}

/** The API's field names (the DTO's and the engine's) → the editor's control names. */
const FIELD_NAMES: Record<string, string> = {
  client: 'client',
  lumary__Client__c: 'client',
  debtor: 'debtor',
  lumary__Debtor__c: 'debtor',
  invoiceDate: 'invoiceDate',
  lumary__Invoice_Date__c: 'invoiceDate',
  description: 'description',
  lumary__Description__c: 'description',
  quantity: 'quantity',
  lumary__Quantity__c: 'quantity',
  unitPrice: 'unitPrice',
  lumary__Unit_Price__c: 'unitPrice',
  taxCode: 'taxCode',
  lumary__Tax_Code__c: 'taxCode',
  glCode: 'glCode',
  lumary__GL_Code__c: 'glCode',
  costCentre: 'costCentre',
  lumary__Cost_Centre__c: 'costCentre',
};

/**
 * Where an API error's field belongs in the editor: a header control (`{ control: 'debtor' }`),
 * a line's control (`{ line: 1, control: 'quantity' }`), or nowhere (null: shown above the buttons).
 */
export function editorField(field: string): { line?: number; control: string } | null {
  const onLine = /^lines\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (onLine) {
    const control = onLine[2] ? FIELD_NAMES[onLine[2]] : undefined;
    return control ? { line: Number(onLine[1]), control } : null;
  }
  const control = FIELD_NAMES[field];
  return control && !['description', 'quantity', 'unitPrice', 'taxCode', 'glCode', 'costCentre'].includes(control) ? { control } : null;
}
