// src/integrations/: what `astro build` runs besides pages: the content checks (this file), the Pagefind index, the sitemap.
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDir } from '../shared/ids.ts';
import { checkContentDir } from '../checks/index.ts';
import { formatReport, reportLang, summarize } from '../checks/report/format.ts';
import { debounce } from '../lib/debounce.ts';

/**
 * Runs the content checks (the same as `npm run check`) at the very start of `astro build`, before Astro loads
 * the content collections, so that every build (`npm run build`, plain `astro build`, the tests with
 * DIGEST_CONTENT_DIR, CI) refuses content with errors and prints the whole list at once, as `file:line:
 * message` lines, instead of Astro's first schema error with a stack trace. Warnings are printed and the
 * build goes on. In `astro dev` the report is printed at start-up and again after every change to the content
 * folder, and never stops the server: the pages do not judge content themselves (src/lib/pairing.ts), so this
 * report is the only place an editor hears of a mistake.
 */
export function contentChecks(): AstroIntegration {
  let dir = '';
  let publicDir = '';

  /** Checks the whole content folder and prints what it found; resolves to the number of errors. */
  const check = async (logger: AstroIntegrationLogger): Promise<number> => {
    const { findings, fileCount } = await checkContentDir(dir, publicDir);
    const { errors, warnings } = summarize(findings);
    if (errors + warnings === 0) {
      logger.info(`${fileCount} content files checked: no problems.`);
      return 0;
    }
    const prefix = relative(process.cwd(), dir).split('\\').join('/');
    const report = formatReport(findings, prefix, reportLang(undefined, process.env['DIGEST_CHECK_LANG']), fileCount);
    // The report goes out as plain lines (not through the logger) so that `file:line:` stays at the start
    // of each line, where terminals and CI logs make it clickable.
    process.stderr.write(`\n${report}\n\n`);
    return errors;
  };

  return {
    name: 'digest:content-checks',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        dir = resolve(fileURLToPath(config.root), contentDir);
        publicDir = fileURLToPath(config.publicDir);
        const errors = await check(logger);
        if (errors > 0 && command === 'build') {
          logger.error(
            `The build stopped: ${errors} content error(s) listed above. Fix them and build again (\`npm run check\` shows the same list faster).`,
          );
          // Exit without a stack trace: the report above says everything an editor needs.
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        // One check per burst of changes (an editor saving several files, a rename), one check at a time.
        let running = Promise.resolve();
        const recheck = debounce(() => {
          running = running.then(() =>
            check(logger).then(
              () => undefined,
              (error: unknown) => logger.error(`The content checks failed: ${String(error)}`),
            ),
          );
        }, 200);
        server.watcher.on('all', (_event, file) => {
          const inside = relative(dir, file);
          if (inside && !inside.startsWith('..') && !isAbsolute(inside)) recheck();
        });
      },
    },
  };
}
