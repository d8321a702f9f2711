/** Runs a global regex over the text and hands each match to `take` (empty matches cannot stall). */
export function eachMatch(re: RegExp, text: string, take: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    take(m);
    if (m.index === re.lastIndex) re.lastIndex++;
  }
}
