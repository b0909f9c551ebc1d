/**
 * 1-based line and column of any offset in `text`, from its line starts (found once, looked up by
 * bisection). `firstLine` is the line the text starts on in its file, for a part such as front matter.
 */
export function positionIn(text: string, firstLine = 1): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + firstLine, column: offset - starts[lo]! + 1 };
  };
}
