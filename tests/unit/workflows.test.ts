import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers/build';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string> | string;
  steps?: Step[];
  environment?: { name?: string };
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const dir = join(root, '.github/workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const text = (file: string) => readFileSync(join(dir, file), 'utf8');
const workflow = (file: string) => parse(text(file)) as Workflow;

describe('GitHub workflows', () => {
  it('are there to test', () => {
    expect(files).toEqual(expect.arrayContaining(['deploy.yml', 'pull-request.yml']));
  });

  it.each(files)('%s pins every action to a full commit SHA with a version comment', (file) => {
    const uses = text(file)
      .split('\n')
      .filter((line) => /^\s*-?\s*uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) {
      expect(line).toMatch(/uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$/);
    }
    // And the parsed steps agree (no `uses:` hidden in a form the line scan would miss).
    const parsed = Object.values(workflow(file).jobs)
      .flatMap((job) => job.steps ?? [])
      .filter((s) => s.uses);
    expect(parsed.length).toBe(uses.length);
    for (const step of parsed) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it.each(files)('%s never runs on pull_request_target or workflow_run', (file) => {
    const on = workflow(file).on;
    expect(Object.keys(on)).not.toContain('pull_request_target');
    expect(Object.keys(on)).not.toContain('workflow_run');
    expect(text(file)).not.toMatch(/^\s*pull_request_target\s*:/m);
  });

  it('the deploy builds with contents: read and pages: read, and only the deploy job can write to Pages', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.permissions).toEqual({});
    expect(deploy.jobs['build']?.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs['deploy']?.environment?.name).toBe('github-pages');
    const configure = deploy.jobs['build']?.steps?.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    expect(configure).toBeDefined();
  });

  it('the deploy runs only from main: on push to main, and every job checks the ref', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.on['push']).toEqual({ branches: ['main'] });
    for (const [name, job] of Object.entries(deploy.jobs)) {
      expect(job.if, `job ${name}`).toBe("github.ref == 'refs/heads/main'");
    }
  });

  it('the pull-request workflow has a read-only token, keeps no git credentials and uploads the built site', () => {
    const pr = workflow('pull-request.yml');
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(pr.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(pr.jobs)) {
      expect(job.permissions).toBeUndefined();
      const checkout = job.steps?.find((s) => s.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['persist-credentials']).toBe(false);
    }
    const upload = Object.values(pr.jobs)
      .flatMap((job) => job.steps ?? [])
      .find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['path']).toBe('dist/');
  });

  it.each(['pull-request.yml', 'deploy.yml'])(
    '%s keeps Astro’s content cache between runs, keyed on the lockfile and config, before it builds',
    (file) => {
      const steps = Object.values(workflow(file).jobs).flatMap((job) => job.steps ?? []) as Array<Step & { run?: string }>;
      const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
      expect(cache).toBeGreaterThan(-1);
      const { path, key } = steps[cache]!.with as { path: string; key: string };
      // The folder astro.config.mjs gives Astro as its cacheDir (src/shared/build-dirs.ts), which also keeps the search index's parts.
      expect(readFileSync(join(root, 'src/shared/build-dirs.ts'), 'utf8')).toContain(`'./${path}'`);
      expect(key).toContain("hashFiles('package-lock.json', 'astro.config.mjs', 'src/content.config.ts')");
      const build = steps.findIndex((s) => s.run === 'npm run build');
      expect(build).toBeGreaterThan(cache);
    },
  );

  it('install what they need with the same scripts as .ci/run, and nowhere else', () => {
    const runSteps = (file: string) =>
      Object.values(workflow(file).jobs)
        .flatMap((job) => (job.steps ?? []) as Array<Step & { run?: string }>)
        .flatMap((s) => (s.run ? [s.run.trim()] : []));
    for (const file of files) {
      const runs = runSteps(file);
      expect(runs, file).toContain('bash .ci/install');
      // apt-get and npm install live in .ci/ only, so the workflows and .ci/run cannot drift apart again.
      for (const run of runs) expect(run, file).not.toMatch(/apt-get|npm (ci|install)\b/);
    }
    // The pull request runs the tests, so it installs their tools (Chromium, fonts, Java) first.
    const pr = runSteps('pull-request.yml');
    expect(pr.indexOf('bash .ci/install-test-tools')).toBeGreaterThan(-1);
    expect(pr.indexOf('bash .ci/install-test-tools')).toBeLessThan(pr.indexOf('npm test'));
    const ciRun = readFileSync(join(root, '.ci/run'), 'utf8');
    expect(ciRun.split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('set ') && !l.startsWith('cd '))).toEqual([
      'bash .ci/install-test-tools',
      'bash .ci/install',
      'npm test',
    ]);
    expect(readFileSync(join(root, '.ci/install-test-tools'), 'utf8')).toContain('default-jre-headless');
  });

  it('Dependabot watches npm and the actions', () => {
    const config = parse(readFileSync(join(root, '.github/dependabot.yml'), 'utf8')) as { updates: Array<{ 'package-ecosystem': string }> };
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });

  it('CODEOWNERS asks a maintainer to review code and MDX stories', () => {
    const owners = readFileSync(join(root, '.github/CODEOWNERS'), 'utf8');
    expect(owners).toMatch(/^\/src\/\s+@\S+/m);
    expect(owners).toMatch(/^\*\.mdx\s+@\S+/m);
  });
});
