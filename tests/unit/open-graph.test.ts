import { describe, expect, it } from 'vitest';
import { openGraphTags, type OpenGraphInput } from '../../src/lib/open-graph';

const input: OpenGraphInput = {
  type: 'article',
  url: 'https://digest.example.org/ja/articles/talks/',
  title: '停戦協議が再開',
  description: 'リード文。',
  siteName: '国際情勢ダイジェスト',
  locale: 'ja',
  alternateLocales: ['en'],
  image: { url: 'https://digest.example.org/og-default.png', alt: 'タイトル画像', width: 1200, height: 630 },
  article: { publishedTime: new Date('2025-05-16'), section: '和平交渉', tags: ['和平交渉', 'ウクライナ情勢'] },
};
const get = (tags: ReturnType<typeof openGraphTags>, key: string) =>
  tags.filter((t) => ('property' in t ? t.property : t.name) === key).map((t) => t.content);

describe('openGraphTags', () => {
  it('describes a story with Open Graph article tags', () => {
    const tags = openGraphTags(input);
    expect(get(tags, 'og:type')).toEqual(['article']);
    expect(get(tags, 'og:locale')).toEqual(['ja_JP']);
    expect(get(tags, 'og:locale:alternate')).toEqual(['en_US']);
    expect(get(tags, 'og:image')).toEqual(['https://digest.example.org/og-default.png']);
    expect(get(tags, 'og:image:alt')).toEqual(['タイトル画像']);
    expect(get(tags, 'og:image:width')).toEqual(['1200']);
    expect(get(tags, 'article:published_time')).toEqual(['2025-05-16T00:00:00.000Z']);
    expect(get(tags, 'article:section')).toEqual(['和平交渉']);
    expect(get(tags, 'article:tag')).toEqual(['和平交渉', 'ウクライナ情勢']);
    expect(get(tags, 'article:modified_time')).toEqual([]);
  });

  it('adds no og:locale:alternate when the story has no translation', () => {
    expect(get(openGraphTags({ ...input, alternateLocales: [] }), 'og:locale:alternate')).toEqual([]);
  });

  it('uses name="twitter:*" for the X card and property="og:*" for Open Graph', () => {
    const tags = openGraphTags(input);
    expect(tags.filter((t) => 'name' in t).every((t) => 'name' in t && t.name.startsWith('twitter:'))).toBe(true);
    expect(get(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(get(tags, 'twitter:image:alt')).toEqual(['タイトル画像']);
  });

  it('has no article tags on other pages', () => {
    const { article: _, ...website } = input;
    const tags = openGraphTags({ ...website, type: 'website' });
    expect(tags.some((t) => 'property' in t && t.property.startsWith('article:'))).toBe(false);
  });
});
