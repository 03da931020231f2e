import type { Element } from 'hast';

/**
 * Whether a hast element carries a class (hast keeps classes as a `className` list).
 * @example hasClass({ type: 'element', tagName: 'div', properties: { className: ['timeline'] }, children: [] }, 'timeline') // true
 */
export function hasClass(el: Element, name: string): boolean {
  const cls = el.properties['className'];
  return Array.isArray(cls) && cls.includes(name);
}
