import { inertText, writeCsv } from './csv';

describe('writeCsv', () => {
  it('quotes only cells with a quote, a comma or a line break, and ends every row with CRLF', () => {
    const csv = writeCsv([
      ['plain', 'with, comma', 'say "hi"', 'two\nlines', 'cr\ronly', ''],
      [null, undefined, ' spaced ', "'quoted", '-12.50', '0.00'],
    ]);
    expect(csv).toBe('plain,"with, comma","say ""hi""","two\nlines","cr\ronly",\r\n,, spaced ,\'quoted,-12.50,0.00\r\n');
  });
});

describe('inertText', () => {
  it.each(['=1+1', '+61 2 9999 0000', '-2', '@SUM(A1)', '\tx', '\rx'])('makes %j inert with a leading quote', (value) => {
    expect(inertText(value)).toBe(`'${value}`);
  });

  it('leaves other text as it is', () => {
    for (const value of ['Smith', ' =not first', "'already", '', 'a=b']) expect(inertText(value)).toBe(value);
  });
});
