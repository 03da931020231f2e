// src/client/: the browser scripts the pages load (search, share bar); bundled by Vite, never run at build time.
/**
 * Progressive enhancement for the share bars (src/components/ShareBar.astro) and the share button: shows the print and copy-link
 * buttons where the browser supports them and wires them up. Every other share option is a plain link.
 */

function show(bar: HTMLElement, need: string): void {
  bar.querySelector(`[data-share-needs="${need}"]`)?.removeAttribute('hidden');
}

function enhance(bar: HTMLElement): void {
  const status = bar.querySelector<HTMLElement>('[data-share-status]');
  const say = (message: string | undefined) => {
    if (status) status.textContent = message ?? '';
  };

  const print = bar.querySelector<HTMLButtonElement>('[data-share-print]');
  if (print && typeof window.print === 'function') {
    print.addEventListener('click', () => window.print());
    show(bar, 'print');
  }

  const copy = bar.querySelector<HTMLButtonElement>('[data-share-copy]');
  // The Clipboard API exists only in secure contexts (https, localhost).
  if (copy && navigator.clipboard) {
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(copy.dataset['shareCopy'] || location.href).then(
        () => say(copy.dataset['shareDone']),
        () => say(copy.dataset['shareFailed']),
      );
    });
    show(bar, 'clipboard');
  }
}

document.querySelectorAll<HTMLElement>('[data-share-bar]').forEach(enhance);

// The share button near the top (ShareButton.astro) is a link down to the bar; where the browser has a share sheet
// (the Web Share API: phones, some desktops), it opens that instead.
if (typeof navigator.share === 'function') {
  document.querySelectorAll<HTMLAnchorElement>('[data-share-native]').forEach((link) => {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      // A reader who closes the sheet rejects the promise: nothing to report.
      navigator.share({ title: link.dataset['shareTitle'] ?? document.title, url: link.dataset['shareUrl'] ?? location.href }).catch(() => undefined);
    });
  });
}
