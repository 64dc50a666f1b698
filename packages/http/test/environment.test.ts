import { describe, expect, it } from 'vitest';
import {
  listenAddressFromEnv,
  positiveIntegerFromEnv,
  shutdownDelayFromEnv,
  wholeNumberFromEnv,
} from '../src/index.ts';

describe('numbers from the environment', () => {
  it('reads whole numbers, 0 included, and leaves an unset or empty variable undefined', () => {
    expect(wholeNumberFromEnv({ A: '0' }, 'A')).toBe(0);
    expect(wholeNumberFromEnv({ A: '250' }, 'A')).toBe(250);
    expect(wholeNumberFromEnv({}, 'A')).toBeUndefined();
    expect(wholeNumberFromEnv({ A: '' }, 'A')).toBeUndefined();
  });

  it('throws on anything else, naming the variable and its value', () => {
    expect(() => wholeNumberFromEnv({ A: '-1' }, 'A')).toThrow('A is not a whole number: -1');
    expect(() => wholeNumberFromEnv({ A: '1.5' }, 'A')).toThrow('A is not a whole number: 1.5');
    expect(() => wholeNumberFromEnv({ A: 'ten' }, 'A')).toThrow('A is not a whole number: ten');
    expect(() => positiveIntegerFromEnv({ A: '0' }, 'A')).toThrow('A is not a positive whole number: 0');
    expect(positiveIntegerFromEnv({ A: '3' }, 'A')).toBe(3);
  });

  it('reads PORT and HOST with their defaults and refuses a port out of range', () => {
    expect(listenAddressFromEnv({}, 4001)).toEqual({ port: 4001, host: '127.0.0.1' });
    expect(listenAddressFromEnv({ PORT: '0', HOST: '0.0.0.0' }, 4001)).toEqual({ port: 0, host: '0.0.0.0' });
    expect(() => listenAddressFromEnv({ PORT: '70000' }, 4001)).toThrow('PORT is not a port number: 70000');
  });

  it('waits no time before stopping unless SHUTDOWN_DELAY_MS says so', () => {
    expect(shutdownDelayFromEnv({})).toBe(0);
    expect(shutdownDelayFromEnv({ SHUTDOWN_DELAY_MS: '5000' })).toBe(5000);
  });
});
