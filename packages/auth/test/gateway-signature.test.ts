import { describe, expect, it } from 'vitest';
import { GatewaySigner, SIGNATURE_VALIDITY_MS } from '../src/gateway-signature.ts';

const SECRET = 'x'.repeat(32);
const BODY = '{"query":"{ __typename }"}';

describe('GatewaySigner', () => {
  it('accepts its own signature of the same method and body within the validity window', () => {
    const signer = new GatewaySigner(SECRET);
    expect(signer.check(signer.sign('POST', BODY), 'POST', Buffer.from(BODY))).toBeUndefined();
    const later = new GatewaySigner(SECRET, () => Date.now() + SIGNATURE_VALIDITY_MS - 1_000);
    expect(later.check(signer.sign('POST', BODY), 'POST', BODY)).toBeUndefined();
  });

  it('refuses a missing, malformed, changed, foreign or expired signature', () => {
    const signer = new GatewaySigner(SECRET);
    const header = signer.sign('POST', BODY);
    expect(signer.check(undefined, 'POST', BODY)).toMatch(/no gateway signature/);
    expect(signer.check('v1=abc', 'POST', BODY)).toMatch(/malformed/);
    expect(signer.check(header, 'POST', `${BODY} `)).toMatch(/does not match/);
    expect(signer.check(header, 'GET', BODY)).toMatch(/does not match/);
    expect(signer.check(new GatewaySigner('y'.repeat(32)).sign('POST', BODY), 'POST', BODY)).toMatch(/does not match/);
    const late = new GatewaySigner(SECRET, () => Date.now() + SIGNATURE_VALIDITY_MS + 1_000);
    expect(late.check(header, 'POST', BODY)).toMatch(/expired/);
  });

  it('refuses a secret shorter than 32 characters', () => {
    expect(() => new GatewaySigner('short')).toThrow(/at least 32/);
  });
});
