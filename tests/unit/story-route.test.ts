import { describe, expect, it } from 'vitest';
import { storyAlternates } from '../../src/lib/alternates';
import type { EntryLike, Story } from '../../src/lib/pairing';
import { storyRoute } from '../../src/lib/story-route';

const entry = (id: string): EntryLike => ({ id, data: { date: new Date('2025-05-16'), draft: false, topics: ['peace-talks'] } });
const paired: Story = { slug: 'talks', date: new Date('2025-05-16'), versions: { ja: entry('talks/ja'), en: entry('talks/en') } };
const jaOnly: Story = { slug: 'swap', date: new Date('2025-05-16'), versions: { ja: entry('swap/ja') } };

describe('storyAlternates', () => {
  it('lists the story page in every language, real only where the translation exists', () => {
    expect(storyAlternates(jaOnly)).toEqual([
      { lang: 'ja', href: '/ja/articles/swap/', real: true },
      { lang: 'en', href: '/en/articles/swap/', real: false },
    ]);
    expect(storyAlternates(paired).every((a) => a.real)).toBe(true);
  });
});

describe('storyRoute', () => {
  it('shows the own translation at its own URL', () => {
    const route = storyRoute(paired, 'en');
    expect(route).toMatchObject({ lang: 'en', textLang: 'en', isFallback: false, canonicalPath: '/en/articles/talks/' });
    expect(route.entry.id).toBe('talks/en');
    expect(route.available).toEqual(['ja', 'en']);
    expect(route.story).toBe(paired);
  });

  it('on a fallback page shows the other version and points canonical, shares and previews at it', () => {
    const route = storyRoute(jaOnly, 'en');
    expect(route).toMatchObject({ lang: 'en', textLang: 'ja', isFallback: true, canonicalPath: '/ja/articles/swap/' });
    expect(route.entry.id).toBe('swap/ja');
    expect(route.available).toEqual(['ja']);
    expect(route.alternates).toEqual(storyAlternates(jaOnly));
  });
});
