// ESLint reports likely bugs, not layout: Prettier owns layout, and eslint-config-prettier (last) turns off every
// rule that would disagree with it. No type-aware rules: they take ~37 s on two cores and, unless `astro sync` has
// written .astro/types.d.ts, report every astro:content value as `any`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // The same exclusions as .prettierignore: generated output, and Markdown trees whose exact bytes are test input.
  globalIgnores(['dist/', '.astro/', 'tests/.output/', 'content/', 'tests/checks/cases/', 'tests/fixtures/', 'public/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Everything but browser code runs in Node (scripts, tests, Astro frontmatter at build time).
    ignores: ['src/client/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    // A disable comment that no longer silences anything is an error, and `npm run format` does not delete it
    // (its --fix-type leaves directives out): Prettier can move the line it was meant for, as it does when it
    // wraps a long regular expression onto the next line, and then a person has to move the comment along.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `{ languages: _, ...fields }` and `[, second]` are how the code drops a field; anything else unused is a mistake.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Tests read parsed XML and JSON loosely on purpose: the assertions are what check its shape.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
