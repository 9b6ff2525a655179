/** 1-based line and column of a UTF-16 offset (columns count UTF-16 units, as editors do). */
export function lineColumn(text: string, offset: number, lineStarts?: number[]): { line: number; column: number } {
  const starts = lineStarts ?? lineStartsOf(text);
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function lineStartsOf(text: string): number[] {
  const s = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) s.push(i + 1);
  return s;
}
