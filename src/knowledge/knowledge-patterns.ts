// The knowledge base's patterns are written in its data files as regular-expression
// sources; every one is case-insensitive (the tests check that each is anchored and cannot
// backtrack badly).
export const patternOf = (source: string): RegExp => new RegExp(source, 'i');
