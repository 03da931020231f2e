/**
 * Progressive enhancement for the side-by-side reading (src/components/ParallelReading.astro): a button that
 * puts the second language first (in each stacked block on a phone, in the left column on a wide screen), and
 * remembers the choice in localStorage, never in a cookie. Without JavaScript the page reads the same, in the
 * default order.
 */

/** The localStorage key of the language a reader wants first. */
export const ORDER_KEY = 'digest:parallel-first';

function stored(): string | null {
  try {
    return window.localStorage.getItem(ORDER_KEY);
  } catch {
    // Storage can be switched off; the button then works for this page only.
    return null;
  }
}

function store(lang: string): void {
  try {
    window.localStorage.setItem(ORDER_KEY, lang);
  } catch {
    /* see stored() */
  }
}

function enhance(grid: HTMLElement, button: HTMLButtonElement): void {
  const swapped = button.dataset['parallelSwap'] ?? '';
  const usual = button.dataset['parallelDefault'] ?? '';
  const apply = (first: string) => {
    grid.dataset['first'] = first;
    button.setAttribute('aria-pressed', String(first === swapped));
  };
  const saved = stored();
  if (saved === swapped || saved === usual) apply(saved);
  button.addEventListener('click', () => {
    const first = grid.dataset['first'] === swapped ? usual : swapped;
    apply(first);
    store(first);
  });
  button.closest<HTMLElement>('[data-parallel-order]')?.removeAttribute('hidden');
}

const grid = document.querySelector<HTMLElement>('[data-parallel]');
const button = document.querySelector<HTMLButtonElement>('[data-parallel-swap]');
if (grid && button) enhance(grid, button);
