import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../shared/ids.ts';
import { checkContentDir } from '../checks/index.ts';
import { formatReport, reportLang, summarize } from '../checks/report/format.ts';

/**
 * Runs the content checks (the same as `npm run check`) at the very start of `astro build`, before Astro loads
 * the content collections, so that every build (`npm run build`, plain `astro build`, the tests with
 * DIGEST_CONTENT_DIR, CI) refuses content with errors and prints the whole list at once, as `file:line:
 * message` lines, instead of Astro's first schema error with a stack trace. Warnings are printed and the
 * build goes on. In `astro dev` the report is printed once at start-up and never stops the server.
 */
export function contentChecks(): AstroIntegration {
  return {
    name: 'digest:content-checks',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const dir = resolve(fileURLToPath(config.root), contentDir);
        const { findings, fileCount } = await checkContentDir(dir, fileURLToPath(config.publicDir));
        const { errors, warnings } = summarize(findings);
        if (errors + warnings === 0) {
          logger.info(`${fileCount} content files checked: no problems.`);
          return;
        }
        const prefix = relative(process.cwd(), dir).split('\\').join('/');
        const report = formatReport(findings, prefix, reportLang(undefined, process.env['DIGEST_CHECK_LANG']), fileCount);
        // The report goes out as plain lines (not through the logger) so that `file:line:` stays at the start
        // of each line, where terminals and CI logs make it clickable.
        process.stderr.write(`\n${report}\n\n`);
        if (errors > 0 && command === 'build') {
          logger.error(`The build stopped: ${errors} content error(s) listed above. Fix them and build again (\`npm run check\` shows the same list faster).`);
          // Exit without a stack trace: the report above says everything an editor needs.
          process.exit(1);
        }
      },
    },
  };
}
