/**
 * Natural string order: digit runs compare as numbers ("2024-Q2" < "2024-Q10"),
 * other characters case-insensitively, ties broken by plain code-unit order.
 */
export function naturalCompare(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  const la = a.length;
  const lb = b.length;
  let i = 0;
  let j = 0;
  while (i < la && j < lb) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      // Skip leading zeros, then compare run length, then digits.
      let si = i;
      let sj = j;
      while (si < la && a.charCodeAt(si) === 48) {
        si++;
      }
      while (sj < lb && b.charCodeAt(sj) === 48) {
        sj++;
      }
      let ei = si;
      let ej = sj;
      while (ei < la && isDigit(a.charCodeAt(ei))) {
        ei++;
      }
      while (ej < lb && isDigit(b.charCodeAt(ej))) {
        ej++;
      }
      const lenA = ei - si;
      const lenB = ej - sj;
      if (lenA !== lenB) {
        return lenA - lenB;
      }
      for (let k = 0; k < lenA; k++) {
        const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k);
        if (d !== 0) {
          return d;
        }
      }
      i = ei;
      j = ej;
      continue;
    }
    const fa = fold(ca);
    const fb = fold(cb);
    if (fa !== fb) {
      return fa - fb;
    }
    i++;
    j++;
  }
  if (la - i !== lb - j) {
    return la - i - (lb - j);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
