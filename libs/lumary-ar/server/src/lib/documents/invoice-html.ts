import Handlebars from 'handlebars';
import type { InvoiceDocument } from './invoice-document';
import { invoiceView } from './invoice-view';

/**
 * The printable invoice page. Handlebars escapes every `{{value}}`, so text from records (a line's
 * description, a template's remittance details) can never become markup. The page carries its
 * own styles: it is also the body of the invoice email, where no stylesheet can be linked.
 */
const TEMPLATE = `<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>{{title}} {{number}}</title>
<style>
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color: #1f2933; font-size: 10.5pt; margin: 0; }
  .invoice { max-width: 180mm; margin: 0 auto; padding: 8mm 0; position: relative; }
  .marking { position: absolute; top: 70mm; left: 0; right: 0; text-align: center; font-size: 96pt; font-weight: 700;
             color: rgba(200, 30, 30, 0.12); transform: rotate(-30deg); pointer-events: none; letter-spacing: 12pt; }
  header { display: flex; justify-content: space-between; align-items: flex-start; gap: 12mm; }
  h1 { font-size: 22pt; margin: 0 0 2mm; }
  .tax-note { font-weight: 700; margin: 0 0 2mm; }
  .provider { font-size: 12pt; margin: 0; }
  dl.details { display: grid; grid-template-columns: auto auto; gap: 1mm 6mm; margin: 0; }
  dl.details dt { color: #52606d; }
  dl.details dd { margin: 0; text-align: right; font-weight: 600; }
  .parties { display: flex; gap: 12mm; margin: 10mm 0 6mm; }
  .parties section { flex: 1; }
  h2 { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.06em; color: #52606d; margin: 0 0 1.5mm; }
  .parties p { margin: 0 0 0.8mm; }
  table { width: 100%; border-collapse: collapse; }
  table.lines th { text-align: left; font-size: 9pt; color: #52606d; border-bottom: 1.5px solid #1f2933; padding: 2mm 1.5mm; }
  table.lines td { border-bottom: 1px solid #d9e2ec; padding: 2mm 1.5mm; vertical-align: top; }
  table.lines .num { text-align: right; white-space: nowrap; }
  .service-date { color: #52606d; font-size: 9pt; }
  table.totals { width: 75mm; margin: 4mm 0 0 auto; }
  table.totals th { text-align: left; font-weight: 400; padding: 1mm 1.5mm; }
  table.totals td { text-align: right; padding: 1mm 1.5mm; white-space: nowrap; }
  table.totals tr.strong th, table.totals tr.strong td { font-weight: 700; border-top: 1px solid #1f2933; }
  .gst-note { text-align: right; color: #52606d; font-size: 9pt; margin: 1mm 0 0; }
  .remittance { margin-top: 10mm; padding: 4mm; border: 1px solid #bcccdc; border-radius: 2mm; }
  .remittance p, footer p { white-space: pre-line; margin: 0; }
  .reference { margin-top: 2mm !important; font-weight: 600; }
  footer { margin-top: 10mm; color: #52606d; font-size: 9pt; border-top: 1px solid #d9e2ec; padding-top: 3mm; }
  @media print { .invoice { padding: 0; } }
</style>
</head>
<body>
<main class="invoice">
  {{#if marking}}<div class="marking" data-marking="{{marking}}">{{marking}}</div>{{/if}}
  <header>
    <div>
      <h1>{{title}}</h1>
      {{#if taxInvoiceNote}}<p class="tax-note">{{taxInvoiceNote}}</p>{{/if}}
      <p class="provider">{{provider}}</p>
    </div>
    <dl class="details">
      {{#each details}}<dt>{{label}}</dt><dd>{{value}}</dd>
      {{/each}}
    </dl>
  </header>
  <div class="parties">
    <section class="bill-to">
      <h2>Bill To</h2>
      {{#each billTo}}<p>{{this}}</p>{{/each}}
    </section>
    <section class="client">
      <h2>Client</h2>
      {{#each client}}<p>{{this}}</p>{{/each}}
    </section>
  </div>
  <table class="lines">
    <thead>
      <tr><th>Description</th><th class="num">Qty</th><th class="num">Unit Price (ex GST)</th><th class="num">GST</th><th class="num">Amount (ex GST)</th></tr>
    </thead>
    <tbody>
      {{#each lines}}
      <tr>
        <td>{{description}}{{#if serviceDate}}<div class="service-date">{{serviceDate}}</div>{{/if}}</td>
        <td class="num">{{quantity}}</td>
        <td class="num">{{unitPrice}}</td>
        <td class="num">{{gst}}</td>
        <td class="num">{{amount}}</td>
      </tr>
      {{/each}}
    </tbody>
  </table>
  <table class="totals">
    {{#each totals}}<tr{{#if strong}} class="strong"{{/if}}><th>{{label}}</th><td>{{value}}</td></tr>
    {{/each}}
  </table>
  {{#if gstNote}}<p class="gst-note">{{gstNote}}</p>{{/if}}
  {{#if remittance}}
  <section class="remittance">
    <h2>How to Pay</h2>
    <p>{{remittance}}</p>
    <p class="reference">Please quote {{number}} with your payment.</p>
  </section>
  {{/if}}
  {{#if footer}}<footer><p>{{footer}}</p></footer>{{/if}}
</main>
</body>
</html>
`;

// An isolated Handlebars environment: nothing registered elsewhere in the process changes it.
const render = Handlebars.create().compile(TEMPLATE);

export function renderInvoiceHtml(doc: InvoiceDocument): string {
  return render(invoiceView(doc));
}
