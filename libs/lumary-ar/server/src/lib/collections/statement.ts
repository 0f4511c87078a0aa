import Handlebars from 'handlebars';
import PDFDocument from 'pdfkit';

/** A debtor's statement as at a date (libs/lumary-ar/RULES.md#collections). Money as strings. */
export interface Statement {
  provider: string;
  debtor: { id: string; name: string | null; type: string };
  from: string;
  asAt: string;
  openingBalance: string;
  lines: StatementLine[];
  totals: { invoiced: string; credited: string; paid: string; reversed: string; voided: string };
  closingBalance: string;
  /** The closing balance by days past due at `asAt`, less unallocated credit (= closingBalance). */
  aging: { current: string; days1To30: string; days31To60: string; days61To90: string; days90Plus: string; unallocatedCredit: string };
}

export type StatementLineType = 'Invoice' | 'Credit Note' | 'Payment' | 'Payment Reversal' | 'Void';

export interface StatementLine {
  date: string;
  type: StatementLineType;
  reference: string;
  /** + raises what is owed (an invoice, a reversed payment), − lowers it. */
  amount: string;
  balance: string;
}

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const AGING = [
  ['current', 'Current'],
  ['days1To30', '1-30 days'],
  ['days31To60', '31-60 days'],
  ['days61To90', '61-90 days'],
  ['days90Plus', '90+ days'],
  ['unallocatedCredit', 'Unallocated credit'],
] as const;

const page = Handlebars.compile(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Statement - {{debtor}} - {{asAt}}</title>
<style>body{font-family:system-ui,sans-serif;color:#1f2933;max-width:800px;margin:24px auto;padding:0 12px}
table{border-collapse:collapse;width:100%;margin:12px 0}th,td{padding:4px 8px;border-bottom:1px solid #d9e2ec;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}</style></head>
<body><h1>Statement</h1><p><strong>{{provider}}</strong></p>
<p>To: <strong>{{debtor}}</strong><br>Period: {{from}} to {{asAt}}</p>
<table><thead><tr><th>Date</th><th>Type</th><th>Reference</th><th class="n">Amount</th><th class="n">Balance</th></tr></thead><tbody>
<tr><td>{{from}}</td><td colspan="3">Opening balance</td><td class="n">{{opening}}</td></tr>
{{#each lines}}<tr><td>{{date}}</td><td>{{type}}</td><td>{{reference}}</td><td class="n">{{amount}}</td><td class="n">{{balance}}</td></tr>
{{/each}}<tr><td>{{asAt}}</td><td colspan="3"><strong>Closing balance</strong></td><td class="n"><strong>{{closing}}</strong></td></tr>
</tbody></table>
<h2>Aging at {{asAt}}</h2>
<table><thead><tr>{{#each aging}}<th class="n">{{label}}</th>{{/each}}<th class="n">Total</th></tr></thead>
<tbody><tr>{{#each aging}}<td class="n">{{value}}</td>{{/each}}<td class="n">{{closing}}</td></tr></tbody></table>
</body></html>`);

function view(s: Statement) {
  return {
    provider: s.provider,
    debtor: s.debtor.name ?? '',
    from: ddmmyyyy(s.from),
    asAt: ddmmyyyy(s.asAt),
    opening: s.openingBalance,
    closing: s.closingBalance,
    lines: s.lines.map((l) => ({ ...l, date: ddmmyyyy(l.date) })),
    aging: AGING.map(([key, label]) => ({ label, value: s.aging[key] })),
  };
}

/** The statement as a printable HTML page (also the body of its email). */
export function renderStatementHtml(s: Statement): string {
  return page(view(s));
}

/** The statement as an A4 PDF: the same content as the page. */
export function renderStatementPdf(s: Statement, options: { compress?: boolean } = {}): Promise<Buffer> {
  const v = view(s);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: options.compress ?? true,
    info: { Title: `Statement ${v.debtor} ${v.asAt}` },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.fontSize(20).text('Statement');
  pdf.fontSize(11).text(v.provider).moveDown();
  pdf.text(`To: ${v.debtor}`).text(`Period: ${v.from} to ${v.asAt}`).moveDown();
  const widths = [75, 100, 110, 100, 110];
  const row = (cells: string[], bold = false) => {
    if (pdf.y > pdf.page.height - 80) pdf.addPage();
    const y = pdf.y;
    let x = 50;
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    cells.forEach((cell, i) => {
      pdf.text(cell, x, y, { width: widths[i] - 6, align: i >= 3 ? 'right' : 'left' });
      x += widths[i];
    });
    pdf.x = 50;
    pdf.y = Math.max(pdf.y, y + 16);
  };
  row(['Date', 'Type', 'Reference', 'Amount', 'Balance'], true);
  row([v.from, 'Opening balance', '', '', v.opening]);
  for (const l of v.lines) row([l.date, l.type, l.reference, l.amount, l.balance]);
  row([v.asAt, 'Closing balance', '', '', v.closing], true);
  pdf.moveDown().font('Helvetica-Bold').text(`Aging at ${v.asAt}`, 50).font('Helvetica');
  for (const a of v.aging) pdf.text(`${a.label}: ${a.value}`, 50);
  pdf.text(`Total: ${v.closing}`, 50);
  pdf.end();
  return done;
}
