import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries the gateway's signature of a subgraph request. */
export const GATEWAY_SIGNATURE_HEADER = 'x-kaz-gateway-signature';

/** How long a signature stays valid, either side of its timestamp (clocks may differ a little). */
export const SIGNATURE_VALIDITY_MS = 30_000;

/** A signing secret shorter than this is refused: it could be guessed. */
const MIN_SECRET_LENGTH = 32;

/**
 * Signs and checks the gateway's requests to the subgraphs with a secret they share
 * (`GATEWAY_SIGNING_SECRET`): HMAC-SHA256 over the method, the SHA-256 of the body and the time, sent
 * as `x-kaz-gateway-signature: t=<ms since 1970>,v1=<hex>`. A subgraph with the secret accepts a
 * request only with a signature that matches and is at most 30 s from its own clock, so nobody who can
 * reach a subgraph's port but not the secret can call it, and a captured request cannot be changed or
 * kept for later (it can be repeated within the 30 s). Throws when the secret is shorter than 32
 * characters.
 */
export class GatewaySigner {
  readonly #secret: Buffer;

  constructor(
    secret: string,
    private readonly now: () => number = Date.now,
  ) {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new Error(`GATEWAY_SIGNING_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
    }
    this.#secret = Buffer.from(secret, 'utf8');
  }

  /** The header value for a request with this method and body (the exact bytes sent). */
  sign(method: string, body: string | Buffer): string {
    const time = this.now();
    return `t=${time},v1=${this.#mac(method, body, time)}`;
  }

  /**
   * Why the header does not sign this request, or undefined when it does: missing, malformed, out of
   * its validity window, or not matching (compared in constant time).
   */
  check(header: string | undefined, method: string, body: string | Buffer): string | undefined {
    if (!header) return 'the request carries no gateway signature';
    const match = /^t=(\d{1,15}),v1=([0-9a-f]{64})$/.exec(header);
    if (!match?.[1] || !match[2]) return 'the gateway signature is malformed';
    const time = Number(match[1]);
    if (Math.abs(this.now() - time) > SIGNATURE_VALIDITY_MS) return 'the gateway signature has expired';
    const expected = Buffer.from(this.#mac(method, body, time), 'hex');
    const given = Buffer.from(match[2], 'hex');
    return timingSafeEqual(expected, given) ? undefined : 'the gateway signature does not match the request';
  }

  #mac(method: string, body: string | Buffer, time: number): string {
    const bodyHash = createHash('sha256').update(body).digest('hex');
    return createHmac('sha256', this.#secret).update(`${method.toUpperCase()}\n${bodyHash}\n${time}`).digest('hex');
  }
}
