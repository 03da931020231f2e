// src/client/: the browser scripts the pages load (search, share bar); bundled by Vite, never run at build time.
/**
 * Marks the section being read in the table of contents (src/components/TableOfContents.astro) with
 * aria-current: the last section whose heading has passed the top third of the window. An IntersectionObserver
 * calls back only when a heading crosses that line, so nothing runs while the reader scrolls within a section.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));

function mark(): void {
  const line = window.innerHeight / 3;
  let current = -1;
  targets.forEach((el, i) => {
    if (el && el.getBoundingClientRect().top < line) current = i;
  });
  links.forEach((a, i) => {
    if (i === current) a.setAttribute('aria-current', 'location');
    else a.removeAttribute('aria-current');
  });
}

if (links.length > 0 && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
  for (const el of targets) if (el) observer.observe(el);
}
