import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../helpers/build';

/** The corpus of bad inputs: one folder per rule (and a few variants), each a small content tree. */
export const casesRoot = join(root, 'tests/checks/cases');

export interface Case {
  name: string;
  description: string;
  /** The case's content folder (what DIGEST_CONTENT_DIR would point at). */
  content: string;
  /** The case's public/ folder (none of the cases has one: links to /… must then match a route). */
  public: string;
  /** Exactly what the checker must report: rule, file (relative to the content folder) and line. */
  findings: { rule: string; file: string; line: number }[];
}

export function loadCases(): Case[] {
  return readdirSync(casesRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(casesRoot, d.name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Pick<Case, 'description' | 'findings'>;
      return { name: d.name, content: join(dir, 'content'), public: join(dir, 'public'), ...expected };
    });
}

export const caseByName = (name: string): Case => {
  const found = loadCases().find((c) => c.name === name);
  if (!found) throw new Error(`No case ${name} in ${casesRoot}`);
  return found;
};
