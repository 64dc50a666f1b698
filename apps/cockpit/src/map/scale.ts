/**
 * The map's sequential colour scale: five classes from light to dark blue (ColorBrewer "Blues"), zero
 * in the lightest class of its own and the values above zero in four equal intervals up to the
 * largest. Each class carries the text colour with the higher contrast on it; every pair reaches at
 * least 5:1 (WCAG 2.1 AA asks 4.5:1): #1b1b1b on #f7fbff 16.6, on #c6dbef 12.1, on #6baed6 7.1;
 * #ffffff on #2171b5 5.1, on #08306b 12.8.
 */

export interface ColourClass {
  background: string;
  text: string;
  /** The smallest and largest value of the class (equal for the class of zero). */
  from: number;
  to: number;
}

const SWATCHES = [
  { background: '#f7fbff', text: '#1b1b1b' },
  { background: '#c6dbef', text: '#1b1b1b' },
  { background: '#6baed6', text: '#1b1b1b' },
  { background: '#2171b5', text: '#ffffff' },
  { background: '#08306b', text: '#ffffff' },
] as const;

/**
 * The classes for values between 0 and `max` (only the class of zero when `max` is 0 or there is no
 * value). Whole-number figures get whole-number bounds.
 */
export function colourClasses(max: number, integer: boolean): ColourClass[] {
  const zero = { ...SWATCHES[0], from: 0, to: 0 };
  if (!(max > 0)) return [zero];
  const classes: ColourClass[] = [zero];
  let from = integer ? 1 : 0;
  for (let i = 1; i <= 4; i++) {
    const exact = (max * i) / 4;
    const to = integer ? Math.max(from, Math.ceil(exact)) : exact;
    if (integer && from > max) break;
    classes.push({ ...SWATCHES[i]!, from, to: Math.min(to, max) });
    from = integer ? to + 1 : to;
  }
  return classes;
}

/** The class of a value: the first whose upper bound it does not exceed. */
export function classOf(classes: readonly ColourClass[], value: number): ColourClass {
  return classes.find((c) => value <= c.to) ?? classes[classes.length - 1]!;
}
