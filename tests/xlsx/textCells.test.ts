/**
 * issue 21.1: text written into empty cells of a sheet's XML (hosts/xlsx/textCells.ts, used by
 * `tdkt certificates --write-numbers`): a cell holding anything is kept and said, an empty cell
 * keeps its style and becomes an inline string, a cell or row not in the XML is added in order,
 * and nothing else of the XML changes.
 */
import { writeTextCellsInSheetXml } from '../../src/hosts/xlsx/textCells';

const sheet = (rows: string) =>
  `<?xml version="1.0"?><worksheet xmlns="x"><dimension ref="A1:R9"/><sheetData>${rows}</sheetData><pageMargins/></worksheet>`;

describe('issue 21.1: text into the empty cells of a sheet XML', () => {
  it('writes an empty styled cell as an inline string in its style, escaped, and leaves the rest as it was', () => {
    const xml = sheet(
      '<row r="6" spans="1:18"><c r="B6" t="s"><v>0</v></c><c r="Q6" s="27"/></row><row r="7"><c r="Q7" s="5"></c></row>',
    );
    const r = writeTextCellsInSheetXml(xml, [
      { address: 'Q6', text: '01/2025' },
      { address: 'Q7', text: 'A&B<1>' },
    ]);
    expect(r.written).toEqual(['Q6', 'Q7']);
    expect(r.kept).toEqual([]);
    expect(r.xml).toBe(
      sheet(
        '<row r="6" spans="1:18"><c r="B6" t="s"><v>0</v></c><c r="Q6" s="27" t="inlineStr"><is><t xml:space="preserve">01/2025</t></is></c></row>' +
          '<row r="7"><c r="Q7" s="5" t="inlineStr"><is><t xml:space="preserve">A&amp;B&lt;1&gt;</t></is></c></row>',
      ),
    );
  });

  it('never overwrites: a value, a shared string, an inline string or a formula is kept and said', () => {
    const xml = sheet(
      '<row r="6"><c r="Q6"><v>125</v></c></row><row r="7"><c r="Q7" t="s"><v>1</v></c></row>' +
        '<row r="8"><c r="Q8" t="inlineStr"><is><t>x</t></is></c></row><row r="9"><c r="Q9"><f>B9&amp;"/GK"</f></c></row>',
    );
    const r = writeTextCellsInSheetXml(
      xml,
      ['Q6', 'Q7', 'Q8', 'Q9'].map((address) => ({ address, text: '1' })),
      ['a', '05/2025'],
    );
    expect(r.written).toEqual([]);
    expect(r.kept).toEqual([
      { address: 'Q6', value: '125' },
      { address: 'Q7', value: '05/2025' },
      { address: 'Q8', value: 'x' },
      { address: 'Q9', value: '=B9&"/GK"' },
    ]);
    expect(r.xml).toBe(xml);
  });

  it("a cell not in its row is added in column order (the row's spans hint dropped); a row not in the sheet is added in row order", () => {
    const xml = sheet(
      '<row r="6" spans="1:3"><c r="B6"><v>1</v></c><c r="R6"><v>2</v></c></row><row r="9"><c r="A9"><v>3</v></c></row>',
    );
    const r = writeTextCellsInSheetXml(xml, [
      { address: 'Q6', text: '7' },
      { address: 'Q8', text: '8' },
    ]);
    expect(r.written).toEqual(['Q6', 'Q8']);
    expect(r.xml).toBe(
      sheet(
        '<row r="6"><c r="B6"><v>1</v></c><c r="Q6" t="inlineStr"><is><t xml:space="preserve">7</t></is></c><c r="R6"><v>2</v></c></row>' +
          '<row r="8"><c r="Q8" t="inlineStr"><is><t xml:space="preserve">8</t></is></c></row><row r="9"><c r="A9"><v>3</v></c></row>',
      ),
    );
  });
});
