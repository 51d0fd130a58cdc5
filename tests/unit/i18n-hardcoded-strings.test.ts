import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Files whose user-visible words all come from the catalogues (public/_locales). Add a file here once it is
 * localised; from then on a hard-coded word in it fails this test.
 */
const LOCALISED_FILES = [
  'components/overlay/badge.ts',
  'components/overlay/panel.ts',
  'components/overlay/finding-groups.ts',
  'entrypoints/welcome/Welcome.tsx',
  'entrypoints/popup/Popup.tsx',
  'entrypoints/popup/PopupWeek.tsx',
  'entrypoints/popup/PopupReview.tsx',
  'entrypoints/reply-picker/main.ts',
  'entrypoints/options/pages/CheckDiagnostics.tsx',
  'entrypoints/options/pages/TeamSettings.tsx',
  'entrypoints/options/pages/TeamConflictPanel.tsx',
  'entrypoints/options/pages/PartnersPage.tsx',
  'entrypoints/options/pages/CreatorVetting.tsx',
  'entrypoints/options/pages/CrisisPage.tsx',
  'entrypoints/options/pages/BrandChoice.tsx',
  'components/crisis-banner.ts',
  'entrypoints/popup/PopupCrisis.tsx',
  'entrypoints/popup/PopupFollowUps.tsx',
  'entrypoints/options/pages/FollowUpsPage.tsx',
  'utils/features/follow-up-button.ts',
  'utils/features/save-button.ts',
  'entrypoints/background/handlers/follow-ups.ts',
  'components/ui/CrisisStartForm.tsx',
  'components/ui/AddressChoice.tsx',
  'entrypoints/background/context-menu.ts',
  'entrypoints/options/pages/CalendarPage.tsx',
  'entrypoints/options/pages/CalendarToolbar.tsx',
  'entrypoints/options/pages/CalendarMonthView.tsx',
  'entrypoints/options/pages/CalendarWeekView.tsx',
  'entrypoints/options/pages/CalendarAgendaView.tsx',
  'entrypoints/options/pages/CalendarEntryChip.tsx',
  'entrypoints/options/pages/CalendarEntryEditor.tsx',
  'entrypoints/options/pages/CalendarDraftFindings.tsx',
  'entrypoints/options/pages/FindingCard.tsx',
  'components/finding-card/finding-card.ts',
  'components/finding-card/finding-card-dom.ts',
  'components/overlay/source-name.ts',
  'entrypoints/options/pages/CalendarImportPreview.tsx',
  'entrypoints/options/pages/CalendarTransfer.tsx',
  'entrypoints/options/pages/CalendarCsvMapping.tsx',
  'entrypoints/options/pages/ColumnMapping.tsx',
  'entrypoints/options/pages/CalendarLegend.tsx',
  'entrypoints/options/pages/CalendarDropTarget.tsx',
  'entrypoints/options/Dashboard.tsx',
  'entrypoints/options/pages/SettingsPage.tsx',
  'entrypoints/options/pages/MastodonInstances.tsx',
  'entrypoints/options/pages/DamagedRecords.tsx',
  'entrypoints/options/pages/GuidelinesPage.tsx',
  'entrypoints/options/pages/guidelines/RuleList.tsx',
  'entrypoints/options/pages/guidelines/RuleForm.tsx',
  'entrypoints/options/pages/guidelines/TryIt.tsx',
  'entrypoints/options/pages/guidelines/rule-wording.ts',
  'entrypoints/options/pages/guidelines/BackupPanel.tsx',
  'entrypoints/options/pages/guidelines/PacksPanel.tsx',
  'entrypoints/options/pages/guidelines/BrandSettings.tsx',
  'entrypoints/options/pages/guidelines/StarterLanguage.tsx',
  'entrypoints/options/pages/RepliesPage.tsx',
  'entrypoints/options/pages/RepliesTable.tsx',
  'entrypoints/options/pages/ReplyEditor.tsx',
  'entrypoints/options/pages/ResearchPage.tsx',
  'entrypoints/options/pages/ResearchList.tsx',
  'entrypoints/options/pages/ResearchDetail.tsx',
  'entrypoints/options/pages/ResearchCharts.tsx',
  'entrypoints/options/pages/AnalyticsPage.tsx',
  'entrypoints/options/pages/WebStats.tsx',
  'components/ui/message-with.tsx',
];

/** Words that are the same in every language. */
const NAMES = new Set(['OnBrand']);

/** Attributes a user sees or hears. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);
/** DOM properties a user sees or hears. */
const VISIBLE_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'ariaLabel', 'placeholder']);

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
      const thrown = ts.isNewExpression(node.parent) && node.parent.expression.getText() === 'Error';
      if (!css && !thrown && /\p{L}{2,}\s+\p{L}{2,}/u.test(literal)) report(node, literal);
    }
    if (ts.isJsxText(node) && !NAMES.has(node.text.trim()) && /\p{L}{2,}/u.test(node.text))
      report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      rendered(node.expression);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value) rendered(value);
    }
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

describe('no hard-coded user-visible strings in localised files', () => {
  it.each(LOCALISED_FILES)('%s', (fileName) => {
    expect(hardCodedStrings(fileName, readFileSync(fileName, 'utf8'))).toEqual([]);
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
      }`;
    expect(hardCodedStrings('sample.tsx', source)).toEqual([
      '3: Apply',
      '4: Close',
      '5: Dismiss',
      '9: Next days',
      '11: Active on',
      '12: Quick idea…',
      '18: : fill it in above.',
    ]);
  });
});
