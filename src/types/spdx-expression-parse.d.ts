// Types for spdx-expression-parse (the package ships none). It throws on anything that is
// not a valid SPDX expression.
declare module 'spdx-expression-parse' {
  interface SpdxLicenceNode {
    license: string;
    plus?: true;
    exception?: string;
  }
  interface SpdxConjunctionNode {
    conjunction: 'and' | 'or';
    left: SpdxExpressionNode;
    right: SpdxExpressionNode;
  }
  type SpdxExpressionNode = SpdxLicenceNode | SpdxConjunctionNode;
  function parse(expression: string): SpdxExpressionNode;
  export = parse;
}
