/**
 * `defaults` with every value of `given` that is not undefined put over it: the limits a caller set
 * replace their defaults, the ones it left out (or set to undefined) keep them.
 */
export function withDefaults<T extends object>(defaults: Readonly<T>, given: Partial<T> | undefined): T {
  const set = Object.entries(given ?? {}).filter(([, value]) => value !== undefined);
  return { ...defaults, ...Object.fromEntries(set) } as T;
}
