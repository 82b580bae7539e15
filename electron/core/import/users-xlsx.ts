/** The users as an XLSX workbook of text cells: made in the render thread. */
export async function usersXlsx(rows: string[][]): Promise<Buffer> {
  // Loaded here, not at start: every CLI command would pay for it.
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  const sheet = book.addWorksheet('Användare');
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => (column.width = 20));
  // Every cell is text: long numbers keep their digits and nothing can be a formula.
  sheet.eachRow((row) => row.eachCell((c) => (c.numFmt = '@')));
  return Buffer.from(await book.xlsx.writeBuffer());
}
