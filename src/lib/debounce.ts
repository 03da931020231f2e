/** A debounced function: call it as often as you like; `flush` runs a pending call now, `cancel` drops it. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  flush: () => void;
  cancel: () => void;
}

/**
 * Runs `fn` once calls have paused for `ms` milliseconds, with the last call's arguments. The search page uses
 * it so results follow typing without a search per keystroke.
 * @example
 * const search = debounce((q: string) => run(q), 250);
 * search('p'); search('pr'); search('pri'); // one run('pri'), 250 ms after the last keystroke
 */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const run = () => {
    timer = undefined;
    const args = pending;
    pending = undefined;
    if (args) fn(...args);
  };
  const debounced = (...args: A) => {
    pending = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  debounced.flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    run();
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return debounced;
}
