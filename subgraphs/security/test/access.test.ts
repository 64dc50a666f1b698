import type { Principal, Scope } from '@kaz/auth';
import { describe, expect, it } from 'vitest';
import { incidentVisibility, mayReadConcept, requireConceptWrite, requireIncidentReport } from '../src/access.ts';
import { AMT_GRAMZOW, GRAMZOW, GRUENOW, UCKERMARK } from './support.ts';

function principal(org: string, scopes: Scope[] = []): Principal {
  return {
    subject: `test@${org}`,
    org,
    kind: /^\d{12}$/.test(org) ? 'municipality' : 'organisation',
    scopes: new Set(scopes),
  };
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'allowed';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('incidentVisibility', () => {
  it('lets an anonymous request see TLP:CLEAR only, and be nobody’s recipient', () => {
    expect(incidentVisibility(null)).toEqual({
      everything: false,
      levels: ['CLEAR'],
      ownArs: null,
      administeredPrefix: null,
      recipient: null,
    });
  });

  it('lets any partner token see CLEAR and GREEN, and be a named recipient by its organisation key', () => {
    expect(incidentVisibility(principal('kaz', ['projects:write', 'contracts:write']))).toEqual({
      everything: false,
      levels: ['CLEAR', 'GREEN'],
      ownArs: null,
      administeredPrefix: null,
      recipient: 'kaz',
      personalData: false,
    });
  });

  it('lets security:read see everything, and security:write alone not', () => {
    expect(incidentVisibility(principal('zit_bb', ['security:read'])).everything).toBe(true);
    expect(incidentVisibility(principal('zit_bb', ['security:write'])).everything).toBe(false);
  });

  it('gives a Gemeinde its own ARS, no prefix, and its ARS as recipient key', () => {
    expect(incidentVisibility(principal(GRAMZOW))).toEqual({
      everything: false,
      levels: ['CLEAR', 'GREEN'],
      ownArs: GRAMZOW,
      administeredPrefix: null,
      recipient: GRAMZOW,
      personalData: false,
    });
  });

  it('lets the LDA see every incident with personal data (read.incident.dataprotection), and nobody else', () => {
    expect(incidentVisibility(principal('lda', ['audit:read']))).toMatchObject({
      personalData: true,
      everything: false,
    });
    expect(incidentVisibility(principal('lda', []))).toMatchObject({ personalData: true });
    expect(incidentVisibility(principal('kaz', ['audit:read']))).toMatchObject({ personalData: false });
    expect(incidentVisibility(principal(GRAMZOW))).toMatchObject({ personalData: false });
  });

  it('gives an Amt the prefix of the Gemeinden it administers, and a Landkreis none', () => {
    expect(incidentVisibility(principal(AMT_GRAMZOW))).toMatchObject({
      ownArs: AMT_GRAMZOW,
      administeredPrefix: '120735306',
    });
    expect(incidentVisibility(principal(UCKERMARK))).toMatchObject({ ownArs: UCKERMARK, administeredPrefix: null });
  });
});

describe('access to concepts and reports', () => {
  it('lets security:read, the Kommune itself and its Amt read a concept, nobody else', () => {
    expect(mayReadConcept(principal('zit_bb', ['security:read']), GRAMZOW)).toBe(true);
    expect(mayReadConcept(principal(GRAMZOW), GRAMZOW)).toBe(true);
    // The Amt runs the administration of its Gemeinden (issue 13); the Landkreis does not.
    expect(mayReadConcept(principal(AMT_GRAMZOW), GRAMZOW)).toBe(true);
    expect(mayReadConcept(principal(AMT_GRAMZOW), '120520000000')).toBe(false);
    expect(mayReadConcept(principal(UCKERMARK), GRAMZOW)).toBe(false);
    expect(mayReadConcept(principal(GRAMZOW), AMT_GRAMZOW)).toBe(false);
    expect(mayReadConcept(principal('lda', ['audit:read']), GRAMZOW)).toBe(false);
    expect(mayReadConcept(null, GRAMZOW)).toBe(false);
  });

  it('lets security:write and the Kommune itself save a concept', () => {
    expect(codeOf(() => requireConceptWrite(principal('zit_bb', ['security:write']), GRAMZOW))).toBe('allowed');
    expect(codeOf(() => requireConceptWrite(principal(GRAMZOW), GRAMZOW))).toBe('allowed');
    expect(codeOf(() => requireConceptWrite(principal(GRUENOW), GRAMZOW))).toBe('FORBIDDEN');
    expect(codeOf(() => requireConceptWrite(principal('zit_bb', ['security:read']), GRAMZOW))).toBe('FORBIDDEN');
    expect(codeOf(() => requireConceptWrite(null, GRAMZOW))).toBe('UNAUTHENTICATED');
  });

  it('lets a Kommune report only incidents that affect itself alone', () => {
    expect(codeOf(() => requireIncidentReport(principal(GRAMZOW), [GRAMZOW]))).toBe('allowed');
    expect(codeOf(() => requireIncidentReport(principal(GRAMZOW), [GRAMZOW, GRUENOW]))).toBe('FORBIDDEN');
    expect(codeOf(() => requireIncidentReport(principal(AMT_GRAMZOW), [GRAMZOW]))).toBe('FORBIDDEN');
    expect(codeOf(() => requireIncidentReport(principal('zit_bb', ['security:write']), [GRAMZOW, GRUENOW]))).toBe(
      'allowed',
    );
    expect(codeOf(() => requireIncidentReport(principal('kaz', ['projects:write']), [GRAMZOW]))).toBe('FORBIDDEN');
    expect(codeOf(() => requireIncidentReport(null, [GRAMZOW]))).toBe('UNAUTHENTICATED');
  });
});
