import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/shared/locales';
import { fixtureSite, page, pageExists } from '../helpers/build';
import { readFixtureStories } from '../helpers/fixture';
import { ARCHIVE_STORIES } from '../global-setup';
import { HOME_STORY_LIMIT, LISTING_PAGE_SIZE } from '../../src/lib/listing';

const dist = fixtureSite.dist;
const stories = readFixtureStories(fixtureSite.content);
const published = [...stories].filter(([, v]) => !Object.values(v).some((x) => x?.draft));
const other = (lang: Locale): Locale => (lang === 'ja' ? 'en' : 'ja');

describe('paired story pages', () => {
  it('every published story folder yields a page in every language', () => {
    expect(published.length).toBeGreaterThan(20);
    for (const [slug] of published) {
      for (const lang of locales) {
        expect(pageExists(dist, `/${lang}/articles/${slug}/`), `/${lang}/articles/${slug}/`).toBe(true);
      }
    }
  });

  it('drafts are not published', () => {
    expect(pageExists(dist, '/ja/articles/draft-story/')).toBe(false);
    expect(pageExists(dist, '/en/articles/draft-story/')).toBe(false);
    expect(page(dist, '/ja/').html()).not.toContain('draft-story');
  });

  it.each(locales)('the %s page has the right <html lang>, title and switcher target', (lang) => {
    const $ = page(dist, `/${lang}/articles/paired-story/`);
    expect($('html').attr('lang')).toBe(lang);
    expect($('h1').text()).toBe(stories.get('paired-story')![lang]!.title);
    const switcher = $('.lang-switcher a');
    expect(switcher).toHaveLength(1);
    expect(switcher.attr('href')).toBe(`/${other(lang)}/articles/paired-story/`);
    expect(switcher.attr('hreflang')).toBe(other(lang));
    expect($('.lang-switcher [aria-current]').attr('lang')).toBe(lang);
  });

  it('links real translations with hreflang, x-default and canonical', () => {
    const $ = page(dist, '/en/articles/paired-story/');
    const alternates = $('link[rel="alternate"][hreflang]')
      .map((_, el) => `${$(el).attr('hreflang')} ${$(el).attr('href')}`)
      .get();
    expect(alternates).toEqual([
      'ja https://digest.example.org/ja/articles/paired-story/',
      'en https://digest.example.org/en/articles/paired-story/',
      'x-default https://digest.example.org/ja/articles/paired-story/',
    ]);
    expect($('link[rel="canonical"]').attr('href')).toBe('https://digest.example.org/en/articles/paired-story/');
    expect($('meta[name="robots"]')).toHaveLength(0);
  });

  it('formats dates for each locale', () => {
    expect(page(dist, '/ja/articles/paired-story/')('.story__meta time').first().text()).toBe('2025年5月16日');
    expect(page(dist, '/en/articles/paired-story/')('.story__meta time').first().text()).toBe('16 May 2025');
    expect(page(dist, '/en/articles/paired-story/')('.story__meta time').first().attr('datetime')).toBe('2025-05-16');
  });

  it('shows key points, the analysis-point list, the body, references and topics', () => {
    const $ = page(dist, '/ja/articles/paired-story/');
    expect(
      $('.key-points li')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['第一のポイント', '第二のポイント']);
    expect(
      $('.analysis-list a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['#analysis-1', '#analysis-2']);
    expect($('.analysis-list__label').first().text()).toBe('解説ポイント①');
    expect($('#analysis-2 .analysis-point__title').text()).toBe('二つ目の解説');
    // The list comes before the body, near the top.
    expect($('.analysis-list').index()).toBeLessThan($('.story__body').index());
    expect($('.references li a').attr('href')).toBe('https://example.com/ref');
    expect($('.references li').text()).toContain('テスト通信');
    expect(
      $('.story__footer .topic-chips a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/ja/topics/peace-talks/', '/ja/topics/ukraine/']);
    expect($('.story__byline').text()).toContain('テスト編集部');
  });

  it('renders attributed quotes, GFM tables and footnotes', () => {
    const $ = page(dist, '/en/articles/paired-story/');
    expect($('figure.quote blockquote').text().trim()).toBe('The quoted words.');
    expect($('figure.quote figcaption .quote__speaker').text()).toBe('Speaker Name');
    expect($('figure.quote figcaption cite').text()).toBe('Test Paper');
    expect($('.story__body table th').first().text()).toBe('Date');
    expect($('.story__body sup a[data-footnote-ref]').attr('href')).toBe('#user-content-fn-1');
    expect($('#footnote-label').text()).toBe('Footnotes');
  });

  it('renders MDX stories with analysis points and the HTML editors may write', () => {
    const $ = page(dist, '/en/articles/mdx-story/');
    expect($('.story__body').text()).toContain('The MDX body, written in MDX: the word 停戦 means ceasefire.');
    expect($('.story__body abbr').attr('title')).toBe('Markdown with JSX');
    expect($('.story__body span[lang="ja"]').text()).toBe('停戦');
    expect($('#analysis-1 .analysis-point__label').text()).toBe('Analysis Point 1');
  });
});

describe('missing translations', () => {
  it('shows the available version with a notice in the reader’s language', () => {
    const $ = page(dist, '/en/articles/ja-only/');
    expect($('html').attr('lang')).toBe('en');
    expect($('.fallback-notice').text()).toContain('This story is not yet available in English');
    expect($('article.story').attr('lang')).toBe('ja');
    expect($('h1').text()).toBe('日本語だけの記事');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="alternate"][hreflang]')).toHaveLength(0);
    expect($('link[rel="canonical"]').attr('href')).toBe('https://digest.example.org/ja/articles/ja-only/');
    expect($('[data-pagefind-body]')).toHaveLength(0);

    const ja = page(dist, '/ja/articles/en-only/');
    expect(ja('.fallback-notice').text()).toContain('この記事はまだ日本語に翻訳されていません');
    expect(ja('article.story').attr('lang')).toBe('en');
  });

  it('does not point hreflang at a fallback from the real page', () => {
    const $ = page(dist, '/ja/articles/ja-only/');
    expect($('link[rel="alternate"][hreflang]')).toHaveLength(0);
    expect($('.lang-switcher a').attr('href')).toBe('/en/articles/ja-only/');
    expect($('.lang-switcher__note').text()).toContain('未翻訳');
  });

  it('lists untranslated stories in the other language with a language badge', () => {
    const en = page(dist, '/en/');
    const card = en('.story-card').filter((_, el) => en(el).find('a[href="/en/articles/ja-only/"]').length > 0);
    expect(card.find('.lang-badge').text()).toBe('Japanese only');
    expect(card.find('.story-card__title a').attr('lang')).toBe('ja');
    const ja = page(dist, '/ja/');
    const jaCard = ja('.story-card').filter((_, el) => ja(el).find('a[href="/ja/articles/en-only/"]').length > 0);
    expect(jaCard.find('.lang-badge').text()).toBe('英語のみ');
    // Translated stories carry no badge.
    const paired = ja('.story-card').filter((_, el) => ja(el).find('a[href="/ja/articles/paired-story/"]').length > 0);
    expect(paired.find('.lang-badge')).toHaveLength(0);
  });
});

describe('home pages', () => {
  it.each(locales)('/%s/ lists the newest published stories first, with date and topics', (lang) => {
    const $ = page(dist, `/${lang}/`);
    expect($('html').attr('lang')).toBe(lang);
    const slugs = $('.story-card__title a')
      .map((_, el) => $(el).attr('href')!.split('/')[3])
      .get();
    // The newest HOME_STORY_LIMIT (by date, then slug), whatever language they were written in.
    const newest = published
      .map(([slug, v]) => ({ slug, date: Object.values(v)[0]!.date }))
      .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
      .slice(0, HOME_STORY_LIMIT)
      .map((s) => s.slug);
    expect(published.length).toBeGreaterThan(HOME_STORY_LIMIT);
    expect(slugs).toEqual(newest);
    expect($('.home__more a').attr('href')).toBe(`/${lang}/topics/`);
    const dates = $('.story-card time')
      .map((_, el) => $(el).attr('datetime'))
      .get();
    expect([...dates].sort().reverse()).toEqual(dates);
    expect($('.story-card').first().find('.topic-chips a').length).toBeGreaterThan(0);
    // The home pages' x-default is the language chooser at /, as / itself declares.
    expect($('link[rel="alternate"][hreflang="x-default"]').attr('href')).toBe('https://digest.example.org/');
  });

  it('the root page lets readers choose a language without JavaScript', () => {
    const $ = page(dist, '/');
    expect($('script')).toHaveLength(0);
    expect(
      $('a.chooser__link')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/ja/', '/en/']);
    expect($('section[lang="en"] a').text()).toBe('English edition');
  });

  it('has a 404 page in both languages', () => {
    const $ = page(dist, '/404.html');
    expect($('section[lang="ja"]').text()).toContain('ページが見つかりません');
    expect($('section[lang="en"]').text()).toContain('Page not found');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });
});

describe('topic pages', () => {
  const topicsDir = join(fixtureSite.content, 'topics');
  const topicIds = readdirSync(topicsDir).map((f) => f.replace(/\.ya?ml$/, ''));
  /** Every page of a topic listing, concatenated. */
  const listed = (lang: Locale, topic: string) => {
    const slugs: string[] = [];
    for (let n = 1; pageExists(dist, `/${lang}/topics/${topic}/${n > 1 ? `${n}/` : ''}`); n++) {
      const $ = page(dist, `/${lang}/topics/${topic}/${n > 1 ? `${n}/` : ''}`);
      slugs.push(
        ...$('.story-card__title a')
          .map((_, el) => $(el).attr('href')!.split('/')[3]!)
          .get(),
      );
    }
    return slugs;
  };

  it.each(locales)('/%s/topics/{topic}/ lists exactly the stories tagged with that topic', (lang) => {
    for (const topic of topicIds) {
      const expected = published
        .filter(([, v]) => Object.values(v).some((x) => x?.topics.includes(topic)))
        .map(([slug]) => slug)
        .sort();
      expect(listed(lang, topic).sort(), `${lang} ${topic}`).toEqual(expected);
    }
  });

  it('shows the topic name and description in the page language', () => {
    const ja = page(dist, '/ja/topics/peace-talks/');
    expect(ja('h1').text()).toBe('和平交渉');
    expect(ja('.page-intro').text()).toContain('停戦と和平をめぐる交渉。');
    expect(ja('.page-intro').text()).toContain('本ページでは「和平交渉」をテーマとした記事を一覧で掲載しています。');
    const en = page(dist, '/en/topics/peace-talks/');
    expect(en('h1').text()).toBe('Peace talks');
    expect(en('.lang-switcher a').attr('href')).toBe('/ja/topics/peace-talks/');
  });

  it('paginates long topics, newest first, with links between pages', () => {
    const first = page(dist, '/en/topics/archive/');
    expect(ARCHIVE_STORIES).toBeGreaterThan(LISTING_PAGE_SIZE);
    expect(first('.story-card')).toHaveLength(LISTING_PAGE_SIZE);
    expect(first('.story-card__title a').first().text()).toBe(`Archive story ${ARCHIVE_STORIES}`);
    expect(first('a[rel="next"]').attr('href')).toBe('/en/topics/archive/2/');
    const second = page(dist, '/en/topics/archive/2/');
    expect(second('.story-card')).toHaveLength(ARCHIVE_STORIES - LISTING_PAGE_SIZE);
    expect(second('.story-card__title a').last().text()).toBe('Archive story 1');
    expect(second('a[rel="prev"]').attr('href')).toBe('/en/topics/archive/');
    expect(second('.pagination__status').text()).toBe('Page 2 of 2');
    expect(second('.lang-switcher a').attr('href')).toBe('/ja/topics/archive/2/');
    expect(pageExists(dist, '/en/topics/archive/3/')).toBe(false);
  });

  it('says so when a topic has no stories yet', () => {
    expect(page(dist, '/ja/topics/unused/')('.story-list__empty').text()).toBe('このトピックの記事はまだありません。');
  });

  it.each(locales)('/%s/topics/ lists every topic with its story count', (lang) => {
    const $ = page(dist, `/${lang}/topics/`);
    const links = $('.topic-index h2 a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(links.sort()).toEqual(topicIds.map((id) => `/${lang}/topics/${id}/`).sort());
    const peace = $('.topic-index li').filter((_, el) => $(el).find('a[href$="/peace-talks/"]').length > 0);
    const count = published.filter(([, v]) => Object.values(v).some((x) => x?.topics.includes('peace-talks'))).length;
    expect(peace.find('.topic-index__count').text()).toBe(lang === 'ja' ? `${count}件` : `${count} stories`);
  });
});
