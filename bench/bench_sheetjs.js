// Peer: SheetJS (npm 'xlsx'), reading the workbook and every cell. Usage: node bench_sheetjs.js FILE.xlsx
// Dense mode: xlsx 0.18 makes the sheet itself an array of rows; newer versions use ws["!data"].
const XLSX = require("xlsx");
const wb = XLSX.readFile(process.argv[2], { dense: true, cellStyles: false });
let cells = 0;
for (const name of wb.SheetNames) {
  const ws = wb.Sheets[name];
  const rows = Array.isArray(ws) ? ws : ws["!data"] || [];
  for (const row of rows) if (row) for (const c of row) if (c && c.v !== undefined) cells++;
}
console.log(`${cells} cells`);
