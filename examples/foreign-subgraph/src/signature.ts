import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries the gateway's signature when the hub runs with `GATEWAY_SIGNING_SECRET`. */
export const SIGNATURE_HEADER = 'x-kaz-gateway-signature';

/**
 * Why `header` does not sign this request, or undefined when it does. The gateway sends
 * `t=<ms since 1970>,v1=<hex>`, where v1 is HMAC-SHA256 with the shared secret over
 * `<METHOD>\n<hex SHA-256 of the exact body bytes>\n<t>`, and t is at most 30 s from our clock.
 */
export function signatureProblem(
  secret: string,
  header: string | undefined,
  method: string,
  body: Buffer,
): string | undefined {
  if (!header) return 'the request carries no gateway signature';
  const match = /^t=(\d{1,15}),v1=([0-9a-f]{64})$/.exec(header);
  if (!match?.[1] || !match[2]) return 'the gateway signature is malformed';
  const time = Number(match[1]);
  if (Math.abs(Date.now() - time) > 30_000) return 'the gateway signature has expired';
  const bodyHash = createHash('sha256').update(body).digest('hex');
  const expected = createHmac('sha256', secret).update(`${method.toUpperCase()}\n${bodyHash}\n${time}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2], 'hex')) ? undefined : 'the gateway signature does not match';
}
