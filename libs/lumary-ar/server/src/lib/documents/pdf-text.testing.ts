import { inflateSync } from 'node:zlib';

/**
 * The text drawn in a PDF the invoice renderer made, one string per text run, for tests: each
 * page stream is inflated when deflated, and the hex strings of its `TJ` operators decoded
 * (pdfkit writes the standard fonts' text that way, in WinAnsi, which is Latin-1 for ASCII).
 */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const runs: string[] = [];
  // Each stream is read by its dictionary's /Length, not up to the next "endstream": deflated
  // bytes may end in a carriage return, which a pattern for the line break would swallow.
  const streams = /\/Length (\d+)[^>]*>>\s*stream\r?\n/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const data = raw.slice(streams.lastIndex, streams.lastIndex + Number(match[1]));
    let content: string;
    try {
      content = inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
    } catch {
      content = data;
    }
    for (const tj of content.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?[\d.]+)*)\]\s*TJ/g)) {
      runs.push([...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join(''));
    }
  }
  return runs;
}
