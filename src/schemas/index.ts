// src/schemas/: the zod content schemas, shared by src/content.config.ts and the checker; plain Node, importing only src/shared/.
/**
 * The content schemas, one file per concern. `src/content.config.ts` builds the collections from them and the
 * content checker (`src/checks/`, `npm run check`) validates with the very same definitions, so the two
 * cannot drift apart.
 */
export { articleKinds, articleSchema, type ArticleData } from './article.ts';
export { authorSchema, type AuthorData } from './author.ts';
export { checksSchema, type ChecksSettings } from './checks.ts';
export { id, perLocale, text } from './common.ts';
export { glossarySchema, type GlossaryData } from './glossary.ts';
export { topicSchema, type TopicData } from './topic.ts';
