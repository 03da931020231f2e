// What a story's HTML may contain once it is rendered: the elements and attributes our Markdown plugins emit,
// plus the few raw-HTML elements editors need. Plain Node (src/markdown/ and src/checks/ both read it).
import type { Schema } from 'hast-util-sanitize';

/**
 * URL schemes a story may use (links, images, references, quote `url=`); everything else is refused by the
 * content checks and dropped from the HTML. A URL without a scheme (`/en/topics/ukraine/`, `#fn-1`,
 * `../other/`) is a site path and always allowed.
 */
export const storyUrlSchemes = ['http', 'https', 'mailto'] as const;

/** Image sources may not be `mailto:`. */
export const imageSchemes = ['http', 'https'] as const;

/**
 * Raw HTML an editor may write in a story, with the attributes each may carry. Everything else written as HTML
 * is a content-check error and never reaches a page.
 */
export const editorHtml: Readonly<Record<string, readonly string[]>> = {
  span: ['lang', 'dir'],
  ruby: [],
  rt: [],
  rp: [],
  sup: [],
  sub: [],
  br: [],
  abbr: ['title'],
  kbd: [],
};

/**
 * The components the site passes to MDX stories (`<Content components={…} />`), by the name an editor writes.
 * Only these capitalised elements survive in an MDX story, with literal (quoted) attribute values only.
 * The site passes none yet; adding one means listing it here and passing it in src/pages/[lang]/articles/.
 */
export const storyMdxComponents: readonly string[] = [];

/** Elements whose content is dropped with them (not kept as text) when they are not allowed. */
const dropWithContent = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'textarea',
  'select',
  'option',
  'title',
  'head',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
];

const classes = (...names: string[]): [string, ...string[]] => ['className', ...names];

/**
 * The sanitiser's schema (hast-util-sanitize, property names in hast form: `className`, `ariaLabel`…).
 * Markdown and remark-gfm emit the structural elements; src/markdown/remark-story-directives.ts the analysis
 * points (`<section class="analysis-point" id="analysis-N">`) and quotes (`<figure class="quote">` with
 * `<figcaption>` and `<cite>`); src/markdown/rehype-story-html.ts the table wrappers and footnote labels;
 * src/markdown/rehype-glossary.ts the first-mention links (`<a class="gloss">`).
 * Ids keep their names (no `user-content-` prefix added: remark-rehype already gives footnotes one), but only
 * the ids those plugins write are allowed.
 */
export const storyHtmlSchema: Schema = {
  strip: dropWithContent,
  clobberPrefix: '',
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
  tagNames: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'hr',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'input',
    'section',
    'figure',
    'figcaption',
    'cite',
    'caption',
    'div',
    'time',
    ...Object.keys(editorHtml),
  ],
  attributes: {
    a: [
      'href',
      ['id', /^user-content-fnref-/],
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['ariaDescribedBy', 'footnote-label'],
      'ariaLabel',
      classes('data-footnote-backref', 'gloss', 'timeline__story'),
      'title',
    ],
    img: ['src', 'alt', 'title'],
    blockquote: ['cite'],
    h2: [['id', /^analysis-\d+-title$/, 'footnote-label'], classes('analysis-point__heading', 'footnotes__title')],
    section: [
      ['id', /^analysis-\d+$/],
      ['ariaLabelledBy', /^analysis-\d+-title$/, 'footnote-label'],
      // remark-story-directives.ts writes this one in its HTML spelling, which hast keeps as written.
      ['aria-labelledby', /^analysis-\d+-title$/],
      'ariaLabel',
      ['tabIndex', 0],
      'dataFootnotes',
      classes('table-wrap', 'analysis-point', 'footnotes'),
    ],
    figure: [classes('quote', 'figure', 'timeline')],
    figcaption: [classes('figure__caption', 'timeline__caption')],
    div: [classes('timeline__wide', 'positions')],
    p: [classes('timeline__more', 'timeline__sources-title')],
    time: ['dateTime'],
    caption: [classes('positions__title')],
    span: [
      classes(
        'quote__speaker',
        'quote__role',
        'quote__source',
        'quote__source-label',
        'analysis-point__label',
        'analysis-point__title',
        'figure__credit',
        'figure__credit-label',
        'timeline__text',
        'timeline__source',
        'timeline__source-label',
        'timeline__actors',
        'timeline__actor',
        'positions__actor',
      ),
      ...(editorHtml['span'] ?? []),
    ],
    li: [['id', /^user-content-fn-/], classes('task-list-item', 'timeline__item')],
    ul: [classes('contains-task-list')],
    ol: [classes('contains-task-list', 'timeline__list', 'timeline__sources')],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    table: [classes('timeline__table', 'positions__table')],
    th: [['align', 'left', 'center', 'right'], ['scope', 'row', 'col'], classes('timeline__date')],
    td: [['align', 'left', 'center', 'right'], 'colSpan', classes('timeline__event')],
    code: [['className', /^language-[\w-]+$/]],
    abbr: [...(editorHtml['abbr'] ?? [])],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: [...storyUrlSchemes], src: [...imageSchemes], cite: ['http', 'https'] },
  ancestors: {
    input: ['li'],
    li: ['ol', 'ul'],
    tbody: ['table'],
    thead: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
    caption: ['table'],
    rt: ['ruby'],
    rp: ['ruby'],
  },
};

/**
 * Whether a URL written in a story is one it may use: http(s), mailto, or a path on the site (no scheme).
 * The same test as the sanitiser's (a colon after `/`, `?` or `#` is not a scheme).
 * @example isAllowedStoryUrl('https://apnews.com/x') // true
 * @example isAllowedStoryUrl('/en/topics/ukraine/') // true
 * @example isAllowedStoryUrl('javascript:alert(1)') // false
 * @example isAllowedStoryUrl(' JavaScript:alert(1)') // false
 */
export function isAllowedStoryUrl(url: string, schemes: readonly string[] = storyUrlSchemes): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || schemes.includes(scheme);
}

/**
 * The scheme of a URL as a browser would read it (leading spaces and control characters ignored, tabs and
 * newlines removed), or undefined for a relative URL.
 * @example urlScheme('HTTPS://x.org') // 'HTTPS'
 * @example urlScheme('java\tscript:alert(1)') // 'javascript'
 * @example urlScheme('../story/#a:b') // undefined
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const match = /^([^:/?#]*):/.exec(cleaned);
  if (!match) return undefined;
  // Not lowercased: the sanitiser compares schemes exactly, so `HTTPS:` is refused by both (write `https:`).
  return match[1]!;
}
