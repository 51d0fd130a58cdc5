import { useId, useState } from 'react';
import { messageWith } from '@/components/ui/message-with';
import { countDraft } from '@/utils/checks/count';
import { PLATFORM_IDS, type PlatformId } from '@/utils/checks/types';
import type { ReplyDraft } from '@/utils/db/replies';
import { saveFailureText } from '@/utils/db/save-failure';
import { formatNumber, listOf, quoted, t } from '@/utils/i18n';
import { fillInLabels, unknownPlaceholders } from '@/utils/replies/template';
import { lengthReport } from '@/utils/replies/variant';
import { siteName } from '@/utils/sites/meta';

const platformList = (ids: readonly PlatformId[]) => listOf(ids.map(siteName));

/** The variables a reply can hold: code, the same in every language. */
const VARIABLES = ['{author.name}', '{author.handle}', '{my.name}', '{date}', '{cursor}'];

interface ReplyEditorProps {
  initial: ReplyDraft;
  /** Throws with a message for the user when the reply can't be saved (e.g. a taken shortcut). */
  onSave: (draft: ReplyDraft) => Promise<void>;
  onCancel: () => void;
}

/** The form for one saved reply, with what is wrong with it shown as the user types. */
export function ReplyEditor({ initial, onSave, onCancel }: ReplyEditorProps) {
  const [draft, setDraft] = useState<ReplyDraft>(initial);
  const [tagsText, setTagsText] = useState(initial.tags.join(', '));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const id = useId();

  const update = (change: Partial<ReplyDraft>) => setDraft((current) => ({ ...current, ...change }));
  const unknown = unknownPlaceholders(draft.body);
  const fields = fillInLabels(draft.body);
  const lengths = lengthReport(draft);
  const allowed = draft.platforms.length > 0 ? draft.platforms : PLATFORM_IDS;

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const tags = tagsText.split(',').map((tag) => tag.trim());
      await onSave({ ...draft, tags });
    } catch (failure) {
      setError(saveFailureText(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="reply-editor card"
      aria-label={initial.id ? t('repliesEditLabel', quoted(initial.title)) : t('repliesNew')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span>{t('repliesFieldTitle')}</span>
        <input
          required
          maxLength={300}
          value={draft.title}
          onChange={(event) => update({ title: event.currentTarget.value })}
        />
      </label>
      <label className="field">
        <span>{t('repliesFieldShortcut')}</span>
        <span className="shortcut-input">
          <span aria-hidden="true">;;</span>
          <input
            maxLength={42}
            value={draft.shortcut ?? ''}
            placeholder={t('repliesShortcutExample')}
            onChange={(event) => update({ shortcut: event.currentTarget.value })}
          />
        </span>
      </label>
      <label className="field">
        <span>{t('repliesFieldText')}</span>
        <textarea
          required
          rows={6}
          value={draft.body}
          aria-describedby={`${id}-variables`}
          onChange={(event) => update({ body: event.currentTarget.value })}
        />
      </label>
      <p id={`${id}-variables`} className="muted small">
        {messageWith(
          'repliesVariables',
          VARIABLES.map((variable, index) => (
            <span key={variable}>
              {index > 0 && ' '}
              <code>{variable}</code>
            </span>
          )),
          <code>{t('repliesFillInExample')}</code>,
        )}
      </p>

      <ul className="reply-problems" aria-label={t('repliesProblems')}>
        {unknown.map((part) => (
          <li key={part.start} className="warning">
            {messageWith('repliesUnknownVariable', <code>{part.raw}</code>)}
          </li>
        ))}
        {lengths.fitsNowhere && draft.body.trim() !== '' ? (
          <li className="warning">{t('repliesFitsNowhere', platformList(lengths.tooLongOn))}</li>
        ) : (
          lengths.tooLongOn.length > 0 && (
            <li className="info">{t('repliesTooLongFor', platformList(lengths.tooLongOn))}</li>
          )
        )}
      </ul>
      {fields.length > 0 && (
        <p className="muted small">{t('repliesAskedWhenInserting', fields.map(quoted).join(', '))}</p>
      )}

      <label className="field">
        <span>{t('repliesFieldTags')}</span>
        <input value={tagsText} onChange={(event) => setTagsText(event.currentTarget.value)} />
      </label>

      <fieldset className="platforms">
        <legend>{t('repliesFieldPlatforms')}</legend>
        {PLATFORM_IDS.map((platform) => (
          <label key={platform}>
            <input
              type="checkbox"
              checked={draft.platforms.includes(platform)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                update({
                  platforms: on
                    ? PLATFORM_IDS.filter((p) => p === platform || draft.platforms.includes(p))
                    : draft.platforms.filter((p) => p !== platform),
                });
              }}
            />
            {siteName(platform)}
          </label>
        ))}
      </fieldset>

      <details
        className="variants"
        open={lengths.tooLongOn.length > 0 || Object.keys(draft.variants).length > 0}
      >
        <summary>{t('repliesVariantsHeading')}</summary>
        <p className="muted small">{t('repliesVariantsHint')}</p>
        {allowed.map((platform) => {
          const text = draft.variants[platform] ?? '';
          const { count, limit, overflowAt } = countDraft(text, platform);
          return (
            <label key={platform} className="field">
              <span>
                {t('repliesVariantFor', siteName(platform))}{' '}
                <span className={overflowAt === null ? 'muted' : 'error'}>
                  {text
                    ? t('repliesVariantCount', formatNumber(count), formatNumber(limit))
                    : t('repliesVariantLimit', formatNumber(limit))}
                </span>
              </span>
              <textarea
                rows={2}
                value={text}
                onChange={(event) =>
                  update({ variants: { ...draft.variants, [platform]: event.currentTarget.value } })
                }
              />
            </label>
          );
        })}
      </details>

      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {t('repliesSave')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('repliesCancel')}
        </button>
      </div>
    </form>
  );
}
