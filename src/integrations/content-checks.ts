// src/integrations/: what `astro build` runs besides pages: the content checks (this file), the Pagefind index, the sitemap.
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDir } from '../shared/build-dirs.ts';
import { checkContentDir } from '../checks/index.ts';
import { formatReport, reportLang, summarize } from '../checks/report/format.ts';
import { debounce } from '../lib/debounce.ts';
import { renderFailures } from '../markdown/render-failures.ts';
import { contentTreeProblems, formatTreeProblems } from '../shared/content-tree.ts';

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
    // Links and SVG files first: the checks follow links, and a link to `..` would never let them finish.
    const treeProblems = contentTreeProblems(dir);
    if (treeProblems.length) {
      const prefix = relative(process.cwd(), dir).split('\\').join('/');
      process.stderr.write(`\n${formatTreeProblems(treeProblems, prefix, reportLang(undefined, process.env['DIGEST_CHECK_LANG']))}\n\n`);
      return treeProblems.length;
    }
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
      // Astro's content loader logs a story that fails to render and builds on without it; the build must not
      // succeed with a story missing. Checked once the content is loaded, and again at the end.
      'astro:build:start': ({ logger }) => stopOnRenderFailures(logger),
      'astro:build:done': ({ logger }) => stopOnRenderFailures(logger),
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

function stopOnRenderFailures(logger: AstroIntegrationLogger): void {
  const failures = renderFailures();
  if (failures.length === 0) return;
  const lines = failures.map((f) => {
    const message = f.message.startsWith(f.file) ? f.message : `${f.file}\n  ${f.message}`;
    return relative(process.cwd(), message.split('\n')[0]!).split('\\').join('/') + message.slice(message.split('\n')[0]!.length);
  });
  process.stderr.write(`\n${lines.join('\n')}\n\n`);
  logger.error(
    `The build stopped: ${failures.length} story file(s) could not be rendered (listed above). \`npm run check\` reports the same problems.`,
  );
  process.exit(1);
}
