/** One row of a CSV/TSV text and the line it starts on (1-based), for error messages. */
export interface DelimitedRecord {
  line: number;
  cells: string[];
}

export type Delimiter = ',' | '\t';

/**
 * Splits CSV (RFC 4180) or TSV as spreadsheets copy it: a cell that starts with a quote may
 * hold delimiters, doubled quotes and line breaks. Quotes inside an unquoted cell are text.
 * Blank rows are skipped; a row whose quote never closes is reported, not guessed at.
 */
export function parseDelimited(
  text: string,
  delimiter: Delimiter,
): { records: DelimitedRecord[]; unclosedQuoteLine: number | null } {
  const records: DelimitedRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let cellStarted = false;

  const endRecord = () => {
    cells.push(cell);
    if (cells.some((value) => value.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    cellStarted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
    } else if (ch === '"' && !cellStarted) {
      inQuotes = true;
      cellStarted = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      cellStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
      cellStarted = true;
    }
  }
  if (inQuotes) return { records, unclosedQuoteLine: recordLine };
  if (cellStarted || cells.length > 0) endRecord();
  return { records, unclosedQuoteLine: null };
}

/** One cell, quoted when it holds a delimiter, a quote, a line break or edge spaces. */
export function formatCell(value: string, delimiter: Delimiter): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || value.trim() !== value;
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}
