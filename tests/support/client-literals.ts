import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Finds user-facing English left in client components: JSX text, string
 * literals rendered as JSX children, and string values of props people read or
 * hear (aria-label, title, placeholder, alt, label). Text belongs in the
 * message catalogs (shared/i18n/catalogs); see docs/translating.md.
 */
export interface Literal {
  file: string;
  line: number;
  text: string;
}

const READ_PROPS = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
const HAS_WORD = /\p{L}{2,}/u;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full);
    return e.name.endsWith('.tsx') ? [full] : [];
  });
}

/** String literals an expression may evaluate to directly (`'a'`, `x ? 'a' : 'b'`, `x && 'a'`, `` `a ${b}` ``). */
function renderedStrings(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return renderedStrings(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node];
  if (ts.isConditionalExpression(node)) return [...renderedStrings(node.whenTrue), ...renderedStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind)) {
    return [...renderedStrings(node.left), ...renderedStrings(node.right)];
  }
  return [];
}

function literalText(node: ts.Node, sf: ts.SourceFile): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return node.getText(sf);
}

export function findClientLiterals(root: string): Literal[] {
  const found: Literal[] = [];
  for (const file of filesUnder(root)) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const report = (node: ts.Node, text: string) => {
      if (!HAS_WORD.test(text)) return;
      found.push({ file: path.relative(process.cwd(), file), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim() });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node)) report(node, node.text);
      else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
        for (const s of renderedStrings(node.expression)) report(s, literalText(s, sf));
      } else if (ts.isJsxAttribute(node) && READ_PROPS.has(node.name.getText(sf)) && node.initializer) {
        const init = node.initializer;
        if (ts.isStringLiteral(init)) report(init, init.text);
        else if (ts.isJsxExpression(init) && init.expression) for (const s of renderedStrings(init.expression)) report(s, literalText(s, sf));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}
