import { FailureThrottle } from './operator.guard';

describe('the operator token throttle', () => {
  it('lets FREE wrong guesses through, then locks the address for growing waits, up to a cap', () => {
    let now = 1_000_000;
    const throttle = new FailureThrottle(() => now);
    for (let i = 0; i < FailureThrottle.FREE; i++) {
      throttle.failed('10.0.0.1');
      expect(throttle.wait('10.0.0.1')).toBe(0);
    }
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      throttle.failed('10.0.0.1');
      waits.push(throttle.wait('10.0.0.1'));
      now += throttle.wait('10.0.0.1'); // the attacker waits it out, then guesses again
    }
    expect(waits.slice(0, 5)).toEqual([2000, 4000, 8000, 16000, 32000]);
    expect(waits.at(-1)).toBe(FailureThrottle.MAX_LOCK_MS);
    expect(throttle.wait('10.0.0.2')).toBe(0); // per address
  });

  it('forgets an address’s failures when it shows the right token', () => {
    let now = 0;
    const throttle = new FailureThrottle(() => now);
    for (let i = 0; i <= FailureThrottle.FREE; i++) throttle.failed('a');
    expect(throttle.wait('a')).toBe(2000);
    now += 2000;
    throttle.succeeded('a');
    throttle.failed('a');
    expect(throttle.wait('a')).toBe(0);
  });
});
