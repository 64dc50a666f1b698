import { randomBytes } from 'node:crypto';

// Crockford's base32: digits and capitals without I, L, O and U, so that a reference read out on the
// phone or copied by hand is not mistaken.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The random part of a new reference as a regular expression source: three groups of four Crockford
 * base32 characters, e.g. `7QK3-M9XA-2DHF` (60 random bits).
 */
export const RANDOM_REFERENCE_PART = '[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}';

/**
 * A new reference: `prefix` followed by 60 random bits as `XXXX-XXXX-XXXX` (Crockford base32).
 * Nothing in it is derived from a count, a date or the time, so that it neither runs out (2^60
 * values; a collision is checked by the caller and practically never happens) nor tells anyone how
 * many other records exist or when they were made.
 */
export function randomReference(prefix: string): string {
  const bytes = randomBytes(8);
  let bits = bytes.readBigUInt64BE(0) >> 4n;
  const characters: string[] = [];
  for (let i = 0; i < 12; i++) {
    characters.unshift(CROCKFORD[Number(bits & 31n)] as string);
    bits >>= 5n;
  }
  const part = characters.join('');
  return `${prefix}${part.slice(0, 4)}-${part.slice(4, 8)}-${part.slice(8)}`;
}

/**
 * A new reference of `prefix` that `exists` does not know yet: draws again on the (practically
 * impossible) collision instead of failing the write. Throws only when five draws in a row were
 * taken, which means the random source is broken.
 */
export async function newReference(prefix: string, exists: (id: string) => Promise<boolean>): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = randomReference(prefix);
    if (!(await exists(id))) return id;
  }
  throw new Error(`five random references of ${prefix} in a row were taken: the random source is broken`);
}
