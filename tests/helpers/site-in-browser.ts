import type { OutgoingHttpHeaders } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser } from '../../tooling/browser';
import { serveDist, type StaticServer } from '../../tooling/serve';

/** What a browser test file works with: the served site, the browser, and a fresh page per test. */
export interface SiteInBrowser {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** A new browser context and page for each test (only when asked for with `pagePerTest`). */
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * Serves a built site and starts Chromium once for a test file, and ends both after it; with `pagePerTest`,
 * every test also gets a new context and page (`onPage` sees it first, to attach listeners).
 * @example const site = useSiteInBrowser(fixtureSite.dist, { pagePerTest: true }); … await site.page.goto(`${site.server.url}/ja/`)
 */
export function useSiteInBrowser(
  dist: string | (() => string),
  options: { headers?: () => OutgoingHttpHeaders; pagePerTest?: boolean; onPage?: (page: Page) => void | Promise<void> } = {},
): SiteInBrowser {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use it inside a test, not while the file loads`);
    return value;
  };

  beforeAll(async () => {
    const root = typeof dist === 'function' ? dist() : dist;
    [server, browser] = await Promise.all([serveDist(root, options.headers?.()), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  if (options.pagePerTest) {
    beforeEach(async () => {
      context = await ready(browser, 'The browser').newContext();
      page = await context.newPage();
      await options.onPage?.(page);
    });
    afterEach(async () => {
      await context?.close();
    });
  }

  return {
    get server() {
      return ready(server, 'The server');
    },
    get browser() {
      return ready(browser, 'The browser');
    },
    get context() {
      return ready(context, 'The page context');
    },
    get page() {
      return ready(page, 'The page');
    },
  };
}
