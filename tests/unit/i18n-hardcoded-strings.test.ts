import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every .ts/.tsx under these folders is checked: a word a user reads comes from the catalogues
 * (public/_locales), in English and German.
 */
const CHECKED_FOLDERS = ['entrypoints', 'components', 'utils'];

/**
 * Files, or folders ending in "/", whose strings no user reads in the UI language, each with the reason.
 * Keep it short: a file a user reads words from is localised, not listed here.
 */
const NOT_UI_TEXT: Record<string, string> = {
  'utils/checks/kinds/':
    'a finding keeps an English `message` for exports and logs beside the `wording` every surface renders from the catalogue (utils/i18n/finding-message.ts)',
  'utils/checks/packs/':
    'disclosure markets, pack rules and signal patterns: titles of the cited documents, legally fixed labels ("Image retouchée") and the words OnBrand looks for in posts, in the language of the post; markets are named from the catalogue (utils/i18n/markets.ts)',
  'utils/checks/partners.ts':
    'the English fallback beside the `worded` partner mention, as in utils/checks/kinds/',
  'utils/checks/privacy.ts':
    'the direct-message suggestions are written in the post’s language (English, German, French), not the UI’s',
  'utils/checks/readability-metrics.ts':
    'names of readability formulas (Gunning Fog, Automated Readability Index)',
  'utils/checks/guidelines.ts': 'the default name of a guidelines file, data the user renames',
  'utils/brands/starter-templates.ts':
    'starter packs become the user’s own rules, written in the pack’s language (German packs: german-starter.ts)',
  'utils/brands/german-starter.ts': 'the German starter pack’s rules, German in every UI language',
  'utils/analytics/export-formats.ts':
    'the platforms’ own export files and their column headers, matched as the platforms write them',
  'utils/calendar/csv-formats.ts':
    'the scheduling tools’ CSV formats and their column headers, matched as the tools write them',
  'utils/calendar/csv-interchange.ts':
    'OnBrand’s own CSV column headers, the same in every language so files read back',
  'utils/crisis/published-log.ts':
    'the crisis review spreadsheet, shared beyond one UI language (its comment says so)',
  'utils/team/documents.ts':
    'why a calendar document from the team server is skipped: logged for developers (utils/team/replicator.ts)',
  'utils/team/shared-records.ts':
    'why a shared record from the team server is skipped: logged for developers (utils/team/record-sync.ts)',
  'entrypoints/background/router.ts':
    'refusals of forged or malformed messages: only another extension or a bug ever gets them (a handler’s failure is worded by backgroundFailureText)',
};

/** Words that are the same in every language. */
const NAMES = new Set([
  'OnBrand',
  'Google Analytics 4',
  'Advertising Standards Council of India',
  'Landesmedienanstalt Saarland',
  'Meta for Developers',
  'Google for Developers',
  'Die Medienanstalten',
  'Lewis Silkin',
  'Nau Social (Medium)',
  'Buffer for Developers',
  'Social Media Today',
]);

/** Attributes a user sees or hears. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);
/** DOM properties a user sees or hears. */
const VISIBLE_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'ariaLabel', 'placeholder']);

/** A sentence or a label: a capitalised word followed by more words ("Type it by hand", "Date and time"). */
const PROSE = /^\p{Lu}\p{Ll}[\p{L}’'-]*[,:]?\s+\p{L}{2,}/u;
/** The words a pattern looks for in a post, not words for the user: `(?:…)`, `\b`, alternatives. */
const PATTERN = /\(\?[:=!<i]|\\[bsdw]|\|/;
/**
 * Calls whose strings only developers read: the console, thrown errors and an Error subclass's own message
 * (where a user reads one, it is worded from the catalogue: `new ReplyInputError(t(…))`, or the page words the
 * error itself, as CalendarPage does a CalendarConflictError), CSS selectors.
 */
const DEVELOPER_CALL =
  /^(console\.\w+|super|new (Error|TypeError|RangeError)|.*\.(querySelector(All)?|closest|matches))$/;

/**
 * Errors whose message the user reads as it is (OnBrand's refusals of a file or of what was typed, a damaged
 * saved copy): their arguments are words for the user wherever they come from, a template of a shortcut's
 * `;;` included (which reads as CSS to the template rule below).
 */
const USER_ERROR = /^(Refusal|RecordInputError|DamagedRecordError|\w+(Import|Export|File)Error)$/;

/** Whether `node` is an argument (at any depth within the statement) of a call only developers read. */
function inDeveloperCall(node: ts.Node): boolean {
  for (let at = node.parent; at && !ts.isBlock(at) && !ts.isSourceFile(at); at = at.parent) {
    if (ts.isNewExpression(at) && DEVELOPER_CALL.test(`new ${at.expression.getText()}`)) return true;
    if (ts.isCallExpression(at) && DEVELOPER_CALL.test(at.expression.getText())) return true;
  }
  return false;
}

/** The expression `node` ends up as, through parentheses, `a ? b : c`, `a + b`, `a ?? b` and `a || b`. */
function outermost(node: ts.Node): ts.Node {
  let at = node;
  while (
    ts.isParenthesizedExpression(at.parent) ||
    (ts.isConditionalExpression(at.parent) && at.parent.condition !== at) ||
    (ts.isBinaryExpression(at.parent) &&
      [ts.SyntaxKind.PlusToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(
        at.parent.operatorToken.kind,
      ))
  )
    at = at.parent;
  return at;
}

/**
 * Files a user reads English words from today, with the words: issue 18 still has to localise them. A word
 * added to one of these fails the test like anywhere else; a word removed must be removed here too.
 */
const STILL_ENGLISH: Record<string, string[]> = {};

const CATALOGUE_KEYS = new Set(
  Object.keys(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as object),
);

/**
 * English kept beside the catalogue's words for the same thing, which are what a user reads: a finding's
 * `message` beside its `wording`, or the text after a catalogue key in one call (`said('key', 'English', …)`).
 */
function englishFallback(node: ts.Node): boolean {
  const whole = outermost(node);
  const parent = whole.parent;
  if (ts.isCallExpression(parent)) {
    const [key] = parent.arguments;
    const isKey = (arg: ts.Expression): boolean =>
      ts.isStringLiteral(arg)
        ? CATALOGUE_KEYS.has(arg.text)
        : ts.isConditionalExpression(arg) && isKey(arg.whenTrue) && isKey(arg.whenFalse);
    return key !== undefined && key !== whole && isKey(key);
  }
  if (!ts.isPropertyAssignment(parent) || parent.name.getText() !== 'message') return false;
  return parent.parent.properties.some((property) => property.name?.getText() === 'wording');
}

/**
 * Whether a string goes on to be shown, wherever it goes next: returned, stored in a variable, a property, a
 * list or an assignment (the composer's notices were returned from a function and escaped every other rule).
 * Not a call's argument (ids, keys, selectors), not a case label, a property name or a type.
 */
function flowsOn(node: ts.Node): boolean {
  const whole = outermost(node);
  const parent = whole.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === whole) return !englishFallback(node);
  return (
    ts.isReturnStatement(parent) ||
    (ts.isVariableDeclaration(parent) && parent.initializer === whole) ||
    ts.isArrayLiteralExpression(parent) ||
    (ts.isArrowFunction(parent) && parent.body === whole) ||
    (ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      parent.right === whole)
  );
}

function wordsIn(node: ts.Node): string | null {
  let text: string | null = null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
  else if (ts.isTemplateExpression(node))
    text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  if (text === null || NAMES.has(text.trim())) return null;
  return /\p{L}{2,}/u.test(text) ? text : null;
}

/** Hard-coded user-visible strings in a TypeScript/TSX source, as "line: text". */
function hardCodedStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = `${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`;
    if (!found.includes(line)) found.push(line);
  };
  /** Literals a JSX child expression renders (not ids compared with ===, not a call's arguments). */
  const rendered = (node: ts.Node) => {
    const words = wordsIn(node);
    if (words) return report(node, words);
    if (ts.isCallExpression(node) || ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) return;
    if (ts.isBinaryExpression(node) && /^(===|!==|==|!=)$/.test(node.operatorToken.getText())) return;
    ts.forEachChild(node, rendered);
  };
  const visit = (node: ts.Node): void => {
    // A sentence built in a template literal is text for someone to read, wherever it goes next (the reply
    // picker's notes about unfilled variables were returned from a function and escaped every rule above).
    // Not CSS (a stylesheet or a grid template) and not an Error thrown at a forged message (read by developers).
    if (ts.isTemplateExpression(node)) {
      const literal = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      const css = /[{};]|\dpx\b/.test(literal);
      const words = /\p{L}{2,}\s+\p{L}{2,}/u.test(literal) && !PATTERN.test(literal);
      if (!css && words && !inDeveloperCall(node) && !englishFallback(node)) report(node, literal);
    }
    // A plain string that reads as a sentence or a label, on its way to be shown.
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      PROSE.test(node.text.trim()) &&
      !NAMES.has(node.text) &&
      !PATTERN.test(node.text) &&
      !inDeveloperCall(node) &&
      flowsOn(node)
    )
      report(node, node.text);
    if (ts.isJsxText(node) && !NAMES.has(node.text.trim()) && /\p{L}{2,}/u.test(node.text))
      report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      rendered(node.expression);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value) rendered(value);
    }
    if (ts.isNewExpression(node) && USER_ERROR.test(node.expression.getText()))
      for (const argument of node.arguments ?? []) rendered(argument);
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText();
      const [first, , third] = node.arguments;
      // The overlay's element(tag, className, text).
      if (callee === 'element' && third) rendered(third);
      if (callee.endsWith('.setAttribute') && first && ts.isStringLiteral(first)) {
        const value = node.arguments[1];
        if (VISIBLE_ATTRIBUTES.has(first.text) && value) rendered(value);
      }
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      VISIBLE_PROPERTIES.has(node.left.name.text)
    )
      rendered(node.right);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [file] : [];
  });
}

const excluded = (file: string) =>
  Object.keys(NOT_UI_TEXT).some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));
const CHECKED_FILES = CHECKED_FOLDERS.flatMap(sourceFiles).filter((file) => !excluded(file));

describe('no hard-coded user-visible strings', () => {
  it.each(CHECKED_FILES)('%s', (fileName) => {
    const words = hardCodedStrings(fileName, readFileSync(fileName, 'utf8')).map((line) =>
      line.replace(/^\d+: /, ''),
    );
    expect([...new Set(words)]).toEqual(STILL_ENGLISH[fileName] ?? []);
  });

  it('checks nearly every file, and excludes only files that exist, each with its reason', () => {
    expect(CHECKED_FILES.length).toBeGreaterThan(250);
    for (const [entry, reason] of Object.entries(NOT_UI_TEXT)) {
      expect(statSync(entry.replace(/\/$/, '')).isFile() !== entry.endsWith('/'), entry).toBe(true);
      expect(reason.length, entry).toBeGreaterThan(20);
    }
  });

  it('catches the ways a word gets hard-coded, and lets ids, class names and catalogue keys through', () => {
    const source = `
      function View({ on, name }) {
        const b = element('button', 'apply', 'Apply');
        b.setAttribute('aria-label', \`Close \${name}\`);
        b.textContent = 'Dismiss';
        b.setAttribute('data-id', 'panel');
        return (
          <section className="panel-body" aria-label={t('panelLabel')}>
            <h2>Next days</h2>
            {on === 'loading' && <p>{t('popupLooking')}</p>}
            {on ? \`Active on \${name}\` : t('popupOff', name)}
            <input placeholder="Quick idea…" title={t('weekNewIdea')} />
            <strong>OnBrand</strong> {' · '}
          </section>
        );
      }
      function note(raw) {
        return \`\${raw}: fill it in above.\`;
      }
      throw new RecordInputError(\`The shortcut ;;\${shortcut} is taken.\`);
      throw new CsvImportError('No rows');
      throw new RecordInputError(t('replyGone'));`;
    expect(hardCodedStrings('sample.tsx', source)).toEqual([
      '3: Apply',
      '4: Close',
      '5: Dismiss',
      '9: Next days',
      '11: Active on',
      '12: Quick idea…',
      '18: : fill it in above.',
      '20: The shortcut ;;  is taken.',
      '21: No rows',
    ]);
  });

  it('catches sentences returned, stored or assigned as plain strings, as the composer’s notices were', () => {
    const source = `
      function noticeFor(result, wanted) {
        const clipboard = result.copied
          ? ' The text is on your clipboard: select the flagged words and paste it.'
          : \` Type it by hand: “\${wanted}”.\`;
        switch (result.status) {
          case 'Not editable':
            return 'This composer can’t be edited right now (hidden or read-only).';
          default:
            return \`This editor didn’t take the change.\${clipboard}\`;
        }
      }
      const labels = { title: 'Date and time', other: ['Post text'] };
      this.notice = 'The draft changed since that fix.';
      const error = () => 'Could not save';`;
    expect(hardCodedStrings('sample.ts', source)).toEqual([
      '4: The text is on your clipboard: select the flagged words and paste it.',
      '5: Type it by hand: “ ”.',
      '8: This composer can’t be edited right now (hidden or read-only).',
      '10: This editor didn’t take the change.',
      '13: Date and time',
      '13: Post text',
      '14: The draft changed since that fix.',
      '15: Could not save',
    ]);
  });

  it('lets through what no user reads in the UI language', () => {
    const source = `
      console.warn('Team sync skipped this document');
      throw new Error(\`Unknown message type \${type}\`);
      const editor = root.querySelector('div[aria-label="Post text"]');
      const signal = '#gifted|(?:was|were) gifted|press sample';
      const finding = { message: 'This link has no UTM tags.', wording: worded('findingLinkUtm') };
      const reason = said('guidelinesValeReasonLevel', \`its level \${level} is not one of Vale's\`);
      checkDraft('Warming up the checks.', { platform: 'x' });
      const kind = 'mastodon';`;
    expect(hardCodedStrings('sample.ts', source)).toEqual([]);
  });
});
