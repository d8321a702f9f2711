// A Markdown table with a column of scores (accuracy, F1, MMLU, a mean) is a results table:
// the models and datasets its rows name are compared or measured, not used.

const PIPE = 124;
/** A table column of scores: its rows are results, and the models in them compared. */
const SCORE_COLUMN =
  /\b(?:scores?|mean|avg|average|accuracy|acc|f1|em|bleu|rouge|pass@\d+|win ?rate|elo|mteb|mmlu|gsm8k|humaneval)\b/i;
/** Rows of a Markdown table looked back over for its header. */
const MAX_TABLE_ROWS = 60;

/** The header row of the Markdown table whose row starts at `start`. */
function tableHeader(text: string, start: number): string {
  let row = start;
  for (let n = 0; n < MAX_TABLE_ROWS && row > 0; n++) {
    const previous = text.lastIndexOf('\n', row - 2) + 1;
    if (text.charCodeAt(previous) !== PIPE) break;
    row = previous;
  }
  const end = text.indexOf('\n', row);
  return text.slice(row, Math.min(end < 0 ? text.length : end, row + 1000));
}

/** True when the line starting at `start` is a row (or the header) of a table with a score column. */
export function inScoreTable(text: string, start: number): boolean {
  return text.charCodeAt(start) === PIPE && SCORE_COLUMN.test(tableHeader(text, start));
}
