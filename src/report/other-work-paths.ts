// Documents whose subject is other work: research notes, comparisons, surveys, link lists,
// news and blog posts that review other projects. An openness claim there ("X is an
// open-weight model") is about the work they discuss, not this project.

/** Words in a folder's or a document's name that say it is about other work. */
const OTHER_WORK_WORDS = new Set([
  'research',
  'notes',
  'comparison',
  'comparisons',
  'compare',
  'survey',
  'surveys',
  'related',
  'alternatives',
  'competitors',
  'landscape',
  'news',
  'blog',
  'posts',
  'papers',
  'literature',
  'awesome',
]);
const DOCUMENT = /\.(?:md|mdx|markdown|rst|txt)$/i;

/** True for a prose document named for, or filed under a folder named for, other work. */
export function isOtherWorkPath(file: string): boolean {
  if (!DOCUMENT.test(file)) return false;
  const parts = file.toLowerCase().split('/');
  return parts.some((part) => part.split(/[^a-z0-9]+/).some((w) => OTHER_WORK_WORDS.has(w)));
}
