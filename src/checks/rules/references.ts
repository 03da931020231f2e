import { idPattern } from '../../shared/ids.ts';
import { closestName } from '../../shared/suggest.ts';
import { strings } from '../read/yaml-source.ts';
import type { FindingOf, VersionUnderCheck } from '../types.ts';
import { defineRule } from './define.ts';

// The topics and the author a story names must exist.

/** An id a story names, and the ids that exist. */
interface UnknownId {
  id: string;
  known: ReadonlySet<string>;
}

const list = (known: ReadonlySet<string>) => [...known].sort().join(', ');

/** "Did you mean …?" before the list, when one known id is a likely misspelling of the one written. */
const didYouMean = ({ id, known }: UnknownId) => {
  const near = closestName(id, [...known].sort());
  return near ? { en: `Did you mean "${near}"? `, ja: `「${near}」の書き間違いではありませんか。` } : { en: '', ja: '' };
};

export const refTopic = defineRule({
  id: 'ref-topic',
  severity: 'error',
  ignorable: false,
  explain: { en: 'A story names a topic that has no file in content/topics/.', ja: 'content/topics/ にないトピックが指定されています。' },
  message: ({ id, known }: UnknownId) => ({
    en: `Unknown topic "${id}". ${didYouMean({ id, known }).en}Use one of ${list(known) || '(none yet)'}, or add content/topics/${id}.yaml.`,
    ja: `「${id}」というトピックはありません。${didYouMean({ id, known }).ja}${list(known) || '（まだありません）'} のいずれかを使うか、content/topics/${id}.yamlを追加してください。`,
  }),
});

export const refAuthor = defineRule({
  id: 'ref-author',
  severity: 'error',
  ignorable: false,
  explain: { en: 'A story names an author that has no file in content/authors/.', ja: 'content/authors/ にない執筆者が指定されています。' },
  message: ({ id, known }: UnknownId) => ({
    en: `Unknown author "${id}". ${didYouMean({ id, known }).en}Use one of ${list(known) || '(none yet)'}, or add content/authors/${id}.yaml.`,
    ja: `「${id}」という執筆者はいません。${didYouMean({ id, known }).ja}${list(known) || '（まだいません）'} のいずれかを使うか、content/authors/${id}.yamlを追加してください。`,
  }),
});

export const referenceRules = [refTopic, refAuthor] as const;

export type ReferenceFinding = FindingOf<(typeof referenceRules)[number]['id']>;

/** Topics and an author that have no file. Ids that are not ids at all are left to the schema. */
export function checkReferences(v: VersionUnderCheck, known: { topics: ReadonlySet<string>; authors: ReadonlySet<string> }): ReferenceFinding[] {
  if (!v.raw || !v.source) return [];
  const found: ReferenceFinding[] = [];
  strings(v.raw['topics']).forEach((topic, i) => {
    if (known.topics.has(topic) || !idPattern.test(topic)) return;
    found.push(refTopic.finding(v.file, v.source!.fieldLine(['topics', i]), { id: topic, known: known.topics }));
  });
  const author = v.raw['author'];
  if (typeof author === 'string' && idPattern.test(author) && !known.authors.has(author)) {
    found.push(refAuthor.finding(v.file, v.source.fieldLine(['author']), { id: author, known: known.authors }));
  }
  return found;
}
