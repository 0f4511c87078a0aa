import PDFDocument from 'pdfkit';
import type { InvoiceDocument } from './invoice-document';
import { invoiceView, type InvoiceView } from './invoice-view';

type Pdf = PDFKit.PDFDocument;

const MARGIN = 50;
const INK = '#1f2933';
const MUTED = '#52606d';
const RULE = '#d9e2ec';
/** The lines table: description, quantity, unit price, GST, amount (A4 is 595pt wide; 495pt inside the margins). */
const COLUMNS = [
  { title: 'Description', width: 215, align: 'left' as const },
  { title: 'Qty', width: 45, align: 'right' as const },
  { title: 'Unit Price (ex GST)', width: 85, align: 'right' as const },
  { title: 'GST', width: 65, align: 'right' as const },
  { title: 'Amount (ex GST)', width: 85, align: 'right' as const },
];
const CELL_PAD = 4;

export interface PdfOptions {
  /** Deflate the page streams (default). Tests turn it off to read the text back. */
  compress?: boolean;
}

/**
 * The invoice as an A4 PDF with the same content as the HTML page: heading, numbers and dates,
 * who pays and for whom, the lines (continued on further pages with their header repeated),
 * totals, remittance details and footer; a Draft or Void invoice is marked across every page.
 */
export function renderInvoicePdf(doc: InvoiceDocument, options: PdfOptions = {}): Promise<Buffer> {
  const view = invoiceView(doc);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    bufferPages: true,
    info: { Title: `${view.title} ${view.number}`, Author: view.provider, Subject: `${view.title} ${view.number}` },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  header(pdf, view);
  parties(pdf, view);
  lines(pdf, view);
  totals(pdf, view);
  remittance(pdf, view);
  footer(pdf, view);
  pageFurniture(pdf, view);
  pdf.end();
  return done;
}

const inner = (pdf: Pdf) => pdf.page.width - 2 * MARGIN;
const bottom = (pdf: Pdf) => pdf.page.height - MARGIN;

/** A new page when `height` does not fit below the current position. */
function ensureRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function header(pdf: Pdf, view: InvoiceView): void {
  const top = MARGIN;
  pdf.fillColor(INK).font('Helvetica-Bold').fontSize(22).text(view.title, MARGIN, top, { width: 260 });
  if (view.taxInvoiceNote) pdf.font('Helvetica-Bold').fontSize(11).text(view.taxInvoiceNote, { width: 260 });
  pdf.font('Helvetica').fontSize(12).text(view.provider, { width: 260 });
  const left = pdf.y;

  const x = MARGIN + inner(pdf) - 215;
  let y = top + 4;
  for (const row of view.details) {
    pdf.font('Helvetica').fontSize(10).fillColor(MUTED).text(row.label, x, y, { width: 100, lineBreak: false });
    pdf
      .font('Helvetica-Bold')
      .fillColor(INK)
      .text(row.value, x + 100, y, { width: 115, align: 'right', lineBreak: false });
    y += 15;
  }
  pdf.y = Math.max(left, y) + 24;
}

function parties(pdf: Pdf, view: InvoiceView): void {
  const top = pdf.y;
  const half = inner(pdf) / 2;
  const block = (title: string, lines: string[], x: number) => {
    pdf
      .font('Helvetica-Bold')
      .fontSize(8)
      .fillColor(MUTED)
      .text(title.toUpperCase(), x, top, { width: half - 20, characterSpacing: 0.5 });
    pdf.moveDown(0.3).font('Helvetica').fontSize(10.5).fillColor(INK);
    for (const line of lines) pdf.text(line, x, pdf.y, { width: half - 20 });
    return pdf.y;
  };
  const end = Math.max(block('Bill To', view.billTo, MARGIN), block('Client', view.client, MARGIN + half));
  pdf.x = MARGIN;
  pdf.y = end + 20;
}

function tableHeader(pdf: Pdf): void {
  const y = pdf.y;
  let x = MARGIN;
  pdf.font('Helvetica-Bold').fontSize(8.5).fillColor(MUTED);
  for (const column of COLUMNS) {
    pdf.text(column.title, x + CELL_PAD, y, { width: column.width - 2 * CELL_PAD, align: column.align, lineBreak: false });
    x += column.width;
  }
  const ruleY = y + 14;
  pdf
    .moveTo(MARGIN, ruleY)
    .lineTo(MARGIN + inner(pdf), ruleY)
    .lineWidth(1.2)
    .strokeColor(INK)
    .stroke();
  pdf.y = ruleY + 5;
}

function lines(pdf: Pdf, view: InvoiceView): void {
  ensureRoom(pdf, 60);
  tableHeader(pdf);
  const descriptionWidth = COLUMNS[0].width - 2 * CELL_PAD;
  for (const line of view.lines) {
    pdf.font('Helvetica').fontSize(10);
    const textHeight = pdf.heightOfString(line.description, { width: descriptionWidth });
    const height = textHeight + (line.serviceDate ? 12 : 0) + 8;
    if (pdf.y + height > bottom(pdf)) {
      pdf.addPage();
      tableHeader(pdf);
    }
    const y = pdf.y;
    pdf
      .fillColor(INK)
      .font('Helvetica')
      .fontSize(10)
      .text(line.description, MARGIN + CELL_PAD, y, { width: descriptionWidth });
    if (line.serviceDate)
      pdf
        .fillColor(MUTED)
        .fontSize(8.5)
        .text(line.serviceDate, MARGIN + CELL_PAD, pdf.y + 1, { width: descriptionWidth });
    let x = MARGIN + COLUMNS[0].width;
    pdf.fillColor(INK).fontSize(10);
    for (const [i, value] of [line.quantity, line.unitPrice, line.gst, line.amount].entries()) {
      const column = COLUMNS[i + 1];
      pdf.text(value, x + CELL_PAD, y, { width: column.width - 2 * CELL_PAD, align: 'right', lineBreak: false });
      x += column.width;
    }
    const ruleY = y + height - 3;
    pdf
      .moveTo(MARGIN, ruleY)
      .lineTo(MARGIN + inner(pdf), ruleY)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    pdf.y = ruleY + 5;
  }
}

function totals(pdf: Pdf, view: InvoiceView): void {
  const rows = view.totals.length;
  ensureRoom(pdf, rows * 17 + (view.gstNote ? 20 : 0) + 10);
  const width = 220;
  const x = MARGIN + inner(pdf) - width;
  let y = pdf.y + 6;
  for (const row of view.totals) {
    if (row.strong)
      pdf
        .moveTo(x, y - 3)
        .lineTo(x + width, y - 3)
        .lineWidth(0.8)
        .strokeColor(INK)
        .stroke();
    pdf
      .font(row.strong ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(10.5)
      .fillColor(INK);
    pdf.text(row.label, x + CELL_PAD, y, { width: 120, lineBreak: false });
    pdf.text(row.value, x + 120, y, { width: width - 120 - CELL_PAD, align: 'right', lineBreak: false });
    y += 17;
  }
  if (view.gstNote) {
    pdf
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(view.gstNote, x, y + 2, { width: width - CELL_PAD, align: 'right' });
    y = pdf.y;
  }
  pdf.x = MARGIN;
  pdf.y = y + 16;
}

function remittance(pdf: Pdf, view: InvoiceView): void {
  if (!view.remittance) return;
  const width = inner(pdf) - 24;
  const reference = `Please quote ${view.number} with your payment.`;
  pdf.font('Helvetica').fontSize(10);
  const height = 14 + pdf.heightOfString(view.remittance, { width }) + 6 + pdf.heightOfString(reference, { width }) + 24;
  ensureRoom(pdf, height);
  const top = pdf.y;
  pdf.roundedRect(MARGIN, top, inner(pdf), height, 6).lineWidth(0.8).strokeColor('#bcccdc').stroke();
  pdf
    .font('Helvetica-Bold')
    .fontSize(8)
    .fillColor(MUTED)
    .text('HOW TO PAY', MARGIN + 12, top + 12, { width, characterSpacing: 0.5 });
  pdf
    .moveDown(0.4)
    .font('Helvetica')
    .fontSize(10)
    .fillColor(INK)
    .text(view.remittance, MARGIN + 12, pdf.y, { width });
  pdf
    .moveDown(0.4)
    .font('Helvetica-Bold')
    .text(reference, MARGIN + 12, pdf.y, { width });
  pdf.x = MARGIN;
  pdf.y = top + height + 16;
}

function footer(pdf: Pdf, view: InvoiceView): void {
  if (!view.footer) return;
  pdf.font('Helvetica').fontSize(8.5);
  const height = pdf.heightOfString(view.footer, { width: inner(pdf) }) + 10;
  ensureRoom(pdf, height);
  pdf
    .moveTo(MARGIN, pdf.y)
    .lineTo(MARGIN + inner(pdf), pdf.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  pdf.fillColor(MUTED).text(view.footer, MARGIN, pdf.y + 6, { width: inner(pdf) });
}

/** On every page once the content is laid out: the Draft/Void marking and "INV-… · page n of m". */
function pageFurniture(pdf: Pdf, view: InvoiceView): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    if (view.marking) {
      pdf.save();
      pdf.rotate(-30, { origin: [pdf.page.width / 2, pdf.page.height / 2] });
      pdf.font('Helvetica-Bold').fontSize(120).fillColor('#c81e1e').fillOpacity(0.12);
      pdf.text(view.marking, 0, pdf.page.height / 2 - 60, { width: pdf.page.width, align: 'center', lineBreak: false });
      pdf.restore();
    }
    if (range.count > 1) {
      // Below the bottom margin: lift the margin for this one line so pdfkit does not start a new page.
      const margin = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      pdf.font('Helvetica').fontSize(8).fillColor(MUTED).fillOpacity(1);
      pdf.text(`${view.number} · page ${i - range.start + 1} of ${range.count}`, MARGIN, pdf.page.height - MARGIN + 16, {
        width: inner(pdf),
        align: 'right',
        lineBreak: false,
      });
      pdf.page.margins.bottom = margin;
    }
  }
}
