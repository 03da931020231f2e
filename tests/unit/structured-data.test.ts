import { describe, expect, it } from 'vitest';
import { breadcrumbList, collectionPage, newsArticle, originalLocale, profilePage, type NewsArticleInput } from '../../src/lib/structured-data';

const base: NewsArticleInput = {
  url: 'https://digest.example.org/ja/articles/talks/',
  headline: '停戦協議が再開',
  description: 'リード文。',
  datePublished: new Date('2025-05-16'),
  lang: 'ja',
  section: '和平交渉',
  keywords: ['和平交渉', 'ウクライナ情勢'],
  images: ['https://digest.example.org/og-default.png'],
  publisher: { name: '国際情勢ダイジェスト', url: 'https://digest.example.org/ja/' },
};

describe('originalLocale', () => {
  it('is Japanese when a Japanese version exists, else the only language', () => {
    expect(originalLocale(['ja', 'en'])).toBe('ja');
    expect(originalLocale(['ja'])).toBe('ja');
    expect(originalLocale(['en'])).toBe('en');
    expect(originalLocale([])).toBeUndefined();
  });
});

describe('newsArticle', () => {
  it('has the fields search engines read', () => {
    const ld = newsArticle(base);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '停戦協議が再開',
      description: 'リード文。',
      datePublished: '2025-05-16T00:00:00.000Z',
      dateModified: '2025-05-16T00:00:00.000Z',
      inLanguage: 'ja',
      articleSection: '和平交渉',
      keywords: ['和平交渉', 'ウクライナ情勢'],
      isAccessibleForFree: true,
      image: ['https://digest.example.org/og-default.png'],
      publisher: { '@type': 'NewsMediaOrganization', name: '国際情勢ダイジェスト' },
      mainEntityOfPage: { '@id': base.url },
    });
  });

  it('credits the publisher when there is no author, and the person when there is', () => {
    expect(newsArticle(base)['author']).toMatchObject({ '@type': 'NewsMediaOrganization' });
    const ld = newsArticle({
      ...base,
      author: { name: '真柴 遥', url: 'https://x/ja/authors/m/', jobTitle: 'デスク' },
    });
    expect(ld['author']).toEqual({
      '@type': 'Person',
      name: '真柴 遥',
      url: 'https://x/ja/authors/m/',
      jobTitle: 'デスク',
    });
  });

  it('uses the update date as dateModified', () => {
    expect(newsArticle({ ...base, dateModified: new Date('2025-05-18') })['dateModified']).toBe('2025-05-18T00:00:00.000Z');
  });

  it('links an original to its translations and a translation to its original', () => {
    const en = { url: 'https://digest.example.org/en/articles/talks/', lang: 'en', headline: 'Talks resume' };
    const ja = { url: base.url, lang: 'ja', headline: base.headline };
    const original = newsArticle({ ...base, translations: [en] });
    expect(original['workTranslation']).toEqual([
      { '@type': 'NewsArticle', '@id': `${en.url}#article`, url: en.url, inLanguage: 'en', headline: 'Talks resume' },
    ]);
    expect(original['translationOfWork']).toBeUndefined();
    const translation = newsArticle({ ...base, ...en, original: ja });
    expect(translation['translationOfWork']).toMatchObject({ '@id': `${ja.url}#article`, inLanguage: 'ja' });
    expect(translation['workTranslation']).toBeUndefined();
  });

  it('has neither link for a story in one language', () => {
    const ld = newsArticle({ ...base, translations: [] });
    expect(ld).not.toHaveProperty('workTranslation');
    expect(ld).not.toHaveProperty('translationOfWork');
  });
});

describe('breadcrumbList', () => {
  it('numbers the trail from 1', () => {
    expect(
      breadcrumbList([
        { name: 'ホーム', url: 'https://x/ja/' },
        { name: 'トピック', url: 'https://x/ja/topics/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'ホーム', item: 'https://x/ja/' },
        { '@type': 'ListItem', position: 2, name: 'トピック', item: 'https://x/ja/topics/' },
      ],
    });
  });
});

describe('collectionPage', () => {
  it('lists the stories of the page in order', () => {
    const ld = collectionPage({
      url: 'https://x/ja/topics/t/',
      name: '和平交渉',
      description: '説明',
      lang: 'ja',
      site: { name: 'サイト', url: 'https://x/ja/' },
      items: [
        { url: 'https://x/ja/articles/a/', name: 'A' },
        { url: 'https://x/ja/articles/b/', name: 'B' },
      ],
    });
    expect(ld).toMatchObject({ '@type': 'CollectionPage', inLanguage: 'ja', isPartOf: { '@type': 'WebSite' } });
    expect(ld['mainEntity']).toMatchObject({
      '@type': 'ItemList',
      numberOfItems: 2,
      itemListElement: [
        { position: 1, name: 'A' },
        { position: 2, name: 'B' },
      ],
    });
  });
});

describe('profilePage', () => {
  it('is about a person who works for the publisher', () => {
    const ld = profilePage({
      url: 'https://x/en/authors/m/',
      lang: 'en',
      name: 'Haruka Mashiba',
      jobTitle: 'Desk',
      description: 'Bio.',
      publisher: { name: 'Digest', url: 'https://x/en/' },
    });
    expect(ld).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Haruka Mashiba', jobTitle: 'Desk', worksFor: { name: 'Digest' } },
    });
  });
});
