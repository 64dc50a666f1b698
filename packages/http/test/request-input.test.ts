import { describe, expect, it } from 'vitest';
import { inspect, jsonTextDepth, requestInputGuard, withoutSuggestions } from '../src/index.ts';

function run(req: { body?: unknown; query?: unknown }) {
  let answer: { status: number; body: any } | undefined;
  let passed = false;
  requestInputGuard(4)(req, { status: (status) => ({ json: (body) => (answer = { status, body }) }) }, () => {
    passed = true;
  });
  return { passed, answer };
}

describe('the request input guard', () => {
  it('passes variables up to the depth limit and refuses deeper ones with VARIABLES_TOO_DEEP', () => {
    expect(run({ body: { query: '{a}', variables: { a: { b: { c: { d: 1 } } } } } }).passed).toBe(true);
    const deep = run({ body: { query: '{a}', variables: { a: { b: { c: { d: { e: 1 } } } } } } });
    expect(deep.passed).toBe(false);
    expect(deep.answer).toMatchObject({
      status: 400,
      body: { errors: [{ extensions: { code: 'VARIABLES_TOO_DEEP' } }] },
    });
  });

  it('checks extensions, batched bodies and the JSON text of a GET request alike', () => {
    expect(run({ body: { extensions: [[[[[1]]]]] } }).passed).toBe(false);
    expect(run({ body: [{ variables: {} }, { variables: [[[[[1]]]]] }] }).passed).toBe(false);
    expect(run({ query: { variables: '{"a":[[[["]]]]]]"]]]]}' } }).passed).toBe(false);
    expect(run({ query: { variables: '{"a":"[[[[[[["}' } }).passed).toBe(true);
  });

  it('leaves NUL in variables to the subgraphs, and finds it for the representation checks', () => {
    expect(run({ body: { variables: { a: ['x\u0000'] } } }).passed).toBe(true);
    expect(inspect({ a: ['x\u0000'] }, 8)).toBe('nul');
    expect(inspect({ 'a\u0000': 1 }, 8)).toBe('nul');
    expect(inspect({ a: '\\u0000 written out is fine' }, 8)).toBe('ok');
  });

  it('walks a million levels without overflowing the stack', () => {
    let value: unknown = 1;
    for (let i = 0; i < 1_000_000; i++) value = [value];
    expect(inspect(value, 32)).toBe('too deep');
    expect(jsonTextDepth('['.repeat(1_000_000))).toBe(1_000_000);
  });
});

describe('suggestions', () => {
  it('are cut from every kind of message', () => {
    expect(withoutSuggestions('Cannot query field "nme" on type "Query". Did you mean "name"?')).toBe(
      'Cannot query field "nme" on type "Query".',
    );
    expect(
      withoutSuggestions('Value "RD" does not exist in "Tlp" enum. Did you mean the enum value "RED" or "AMBER"?'),
    ).toBe('Value "RD" does not exist in "Tlp" enum.');
    expect(withoutSuggestions('Unknown type "Strin". [Suggestion hidden]?')).toBe('Unknown type "Strin".');
  });
});
