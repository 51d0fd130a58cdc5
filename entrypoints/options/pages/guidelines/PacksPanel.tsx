import { type FormEvent, useState } from 'react';
import { browser } from 'wxt/browser';
import { exportPack, parsePack } from '@/utils/brands/guidelines-pack';
import { originPatternOf } from '@/utils/brands/pack-subscription';
import { importValeStyle, type ValeImport } from '@/utils/brands/vale-import';

function changedCount(vale: ValeImport): number {
  return vale.report.filter((entry) => entry.status === 'changed').length;
}

import type { Brand } from '@/utils/db/records';
import { PackSubscriptionSchema } from '@/utils/db/records';
import { saveFailureText } from '@/utils/db/save-failure';
import { formatNumber, pluralWith, quoted, t, uiLocale } from '@/utils/i18n';
import { wordedOr } from '@/utils/i18n/finding-message';
import { sendMessage } from '@/utils/messaging';
import { downloadFile, fileSlug, saveBrand, withRules } from './brand-store';

type Note = { error: boolean; lines: string[] } | undefined;

const when = (at: number | undefined) =>
  at
    ? new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at)
    : t('guidelinesNever');

/** Sharing rules: pack files in and out, Vale styles in, and a team pack URL the brand follows. */
export function PacksPanel({ brand }: { brand: Brand }) {
  const [note, setNote] = useState<Note>();
  const [vale, setVale] = useState<ValeImport>();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const subscription = brand.subscription;

  const importPackFile = async (file: File) => {
    const pack = parsePack(await file.text());
    if (!pack.ok) return setNote({ error: true, lines: [t('guidelinesNothingChanged'), ...pack.errors] });
    // One write: the brand gets the whole pack or, if saving fails, keeps its rules.
    await saveBrand({ ...brand, guidelines: pack.guidelines, disabledRules: [] });
    setNote({
      error: false,
      lines: [
        pluralWith(
          'guidelinesPackImported',
          pack.guidelines.rules.length,
          quoted(pack.guidelines.name),
          pack.guidelines.version,
        ),
      ],
    });
  };

  const importValeFiles = async (files: FileList) => {
    const read = await Promise.all(
      [...files].map(async (file) => ({ name: file.name, text: await file.text() })),
    );
    const result = importValeStyle(
      read,
      brand.guidelines.rules.map((rule) => rule.id),
    );
    if (result.rules.length) {
      await saveBrand({
        ...brand,
        guidelines: withRules(brand.guidelines, [...brand.guidelines.rules, ...result.rules]),
      });
    }
    setVale(result);
    setNote(undefined);
  };

  const subscribe = async (event: FormEvent) => {
    event.preventDefault();
    const checked = PackSubscriptionSchema.safeParse({ url: url.trim() });
    if (!checked.success) return setNote({ error: true, lines: checked.error.issues.map((i) => i.message) });
    // Asked here, from the click, for this one host: nothing is granted at install.
    const granted = await browser.permissions.request({ origins: [originPatternOf(checked.data.url)] });
    if (!granted)
      return setNote({
        error: true,
        lines: [t('guidelinesPackPermission')],
      });
    setBusy(true);
    await saveBrand({ ...brand, subscription: { url: checked.data.url } });
    await refresh();
  };

  const refresh = async () => {
    setBusy(true);
    const reply = await sendMessage('brand.refreshPack', { brandId: brand.id });
    setBusy(false);
    if (!reply.ok) return setNote({ error: true, lines: [reply.error] });
    setNote(
      reply.data.lastError
        ? { error: true, lines: [reply.data.lastError] }
        : { error: false, lines: [t('guidelinesPackUpToDate', reply.data.packVersion ?? '?')] },
    );
  };

  const unsubscribe = async () => {
    if (!subscription) return;
    const { subscription: _dropped, ...rest } = brand;
    await saveBrand(rest);
    await browser.permissions.remove({ origins: [originPatternOf(subscription.url)] }).catch(() => false);
    setNote({ error: false, lines: [t('guidelinesPackUnfollowed')] });
  };

  return (
    <section aria-label={t('guidelinesPacks')} className="packs">
      <h2>{t('guidelinesShareHeading')}</h2>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(`${fileSlug(brand.name)}.onbrand-pack.json`, exportPack(brand.guidelines))
          }
        >
          {t('guidelinesExportPack')}
        </button>
        <label className="button">
          {t('guidelinesImportPack')}
          <input
            type="file"
            accept="application/json,.json"
            hidden
            disabled={Boolean(subscription)}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file)
                void importPackFile(file).catch((error) =>
                  setNote({ error: true, lines: [saveFailureText(error)] }),
                );
            }}
          />
        </label>
        <label className="button">
          {t('guidelinesImportVale')}
          <input
            type="file"
            accept=".yml,.yaml"
            multiple
            hidden
            disabled={Boolean(subscription)}
            onChange={(e) => {
              const files = e.currentTarget.files;
              if (files?.length)
                void importValeFiles(files).catch((error) =>
                  setNote({ error: true, lines: [saveFailureText(error)] }),
                );
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {vale && (
        <div className="vale-report" role="status">
          <p>
            {changedCount(vale)
              ? pluralWith(
                  'guidelinesValeSummaryChanged',
                  vale.rules.length,
                  formatNumber(changedCount(vale)),
                  formatNumber(vale.skipped.length),
                )
              : pluralWith('guidelinesValeSummary', vale.rules.length, formatNumber(vale.skipped.length))}
          </p>
          <ul>
            {vale.report
              .filter((entry) => entry.status !== 'imported' || entry.translations.length > 0)
              .map((entry) => (
                <li key={entry.file} data-status={entry.status}>
                  <strong>{entry.file}</strong>{' '}
                  {t(
                    entry.status === 'refused'
                      ? 'guidelinesValeStatusRefused'
                      : entry.status === 'changed'
                        ? 'guidelinesValeStatusChanged'
                        : 'guidelinesValeStatusImported',
                  )}
                  {entry.reasons.length > 0 &&
                    `: ${entry.reasons.map((reason, i) => wordedOr(entry.reasonWordings[i], reason)).join('; ')}`}
                  {entry.translations.length > 0 && (
                    <span className="muted">
                      {' '}
                      {t('guidelinesValeRewritten', entry.translations.join('; '))}
                    </span>
                  )}
                </li>
              ))}
          </ul>
        </div>
      )}

      <h3>{t('guidelinesTeamPack')}</h3>
      {subscription ? (
        <section className="subscription" aria-label={t('guidelinesSubscription')}>
          <p>
            {t(
              'guidelinesFollows',
              subscription.url,
              subscription.packVersion ?? '—',
              when(subscription.updatedAt),
              when(subscription.checkedAt),
            )}
          </p>
          {subscription.lastError && <p className="error">{subscription.lastError}</p>}
          <div className="actions">
            <button type="button" className="button" disabled={busy} onClick={() => void refresh()}>
              {busy ? t('guidelinesChecking') : t('guidelinesCheckUpdates')}
            </button>
            <button type="button" className="button" onClick={() => void unsubscribe()}>
              {t('guidelinesStopFollowing')}
            </button>
          </div>
        </section>
      ) : (
        <form className="actions" onSubmit={(e) => void subscribe(e)}>
          <input
            type="url"
            aria-label={t('guidelinesPackUrl')}
            placeholder={t('guidelinesPackUrlExample')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('guidelinesFollowPack')}
          </button>
        </form>
      )}
      {note && (
        <div className={note.error ? 'error' : 'muted'} role={note.error ? 'alert' : 'status'}>
          {note.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
