// A repository path as the path part of a URI: each segment percent-encoded, slashes kept.
// encodeURIComponent leaves ( ) ' ! * alone; a ")" would end a Markdown link destination.
// Lone surrogates would make encodeURIComponent throw.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const encodePathPart = (part: string): string =>
  encodeURIComponent(part.replace(LONE_SURROGATE, '\uFFFD')).replace(
    /[()'!*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

export function uriPath(file: string): string {
  return file.split('/').map(encodePathPart).join('/');
}
