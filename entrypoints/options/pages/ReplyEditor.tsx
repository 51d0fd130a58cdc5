import { useId, useState } from 'react';
import { countDraft } from '@/utils/checks/count';
import { PLATFORM_IDS, type PlatformId } from '@/utils/checks/types';
import type { ReplyDraft } from '@/utils/db/replies';
import { fillInLabels, unknownPlaceholders } from '@/utils/replies/template';
import { lengthReport } from '@/utils/replies/variant';
import { siteName } from '@/utils/sites/meta';

const listOf = (ids: readonly PlatformId[]) => ids.map(siteName).join(', ');

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
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="reply-editor card"
      aria-label={initial.id ? `Edit “${initial.title}”` : 'New reply'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span>Title</span>
        <input
          required
          maxLength={300}
          value={draft.title}
          onChange={(event) => update({ title: event.currentTarget.value })}
        />
      </label>
      <label className="field">
        <span>Shortcut (optional)</span>
        <span className="shortcut-input">
          <span aria-hidden="true">;;</span>
          <input
            maxLength={42}
            value={draft.shortcut ?? ''}
            placeholder="thanks"
            onChange={(event) => update({ shortcut: event.currentTarget.value })}
          />
        </span>
      </label>
      <label className="field">
        <span>Text</span>
        <textarea
          required
          rows={6}
          value={draft.body}
          aria-describedby={`${id}-variables`}
          onChange={(event) => update({ body: event.currentTarget.value })}
        />
      </label>
      <p id={`${id}-variables`} className="muted small">
        Variables: <code>{'{author.name}'}</code> <code>{'{author.handle}'}</code> <code>{'{my.name}'}</code>{' '}
        <code>{'{date}'}</code> <code>{'{cursor}'}</code> (where the caret lands), and fill-ins you type when
        inserting: <code>{'{field:Order number}'}</code>.
      </p>

      <ul className="reply-problems" aria-label="Problems with this reply">
        {unknown.map((part) => (
          <li key={part.start} className="warning">
            <code>{part.raw}</code> is not a variable OnBrand knows: it will be inserted exactly as written.
          </li>
        ))}
        {lengths.fitsNowhere && draft.body.trim() !== '' ? (
          <li className="warning">
            This reply is longer than every platform it is meant for allows ({listOf(lengths.tooLongOn)}). It
            can be saved, but add a shorter variant below to post it.
          </li>
        ) : (
          lengths.tooLongOn.length > 0 && (
            <li className="info">
              Too long for {listOf(lengths.tooLongOn)}: add a shorter variant for them below.
            </li>
          )
        )}
      </ul>
      {fields.length > 0 && (
        <p className="muted small">Asked when inserting: {fields.map((label) => `“${label}”`).join(', ')}.</p>
      )}

      <label className="field">
        <span>Tags (comma-separated)</span>
        <input value={tagsText} onChange={(event) => setTagsText(event.currentTarget.value)} />
      </label>

      <fieldset className="platforms">
        <legend>Platforms (none = all)</legend>
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
        <summary>Shorter variants per platform</summary>
        <p className="muted small">
          Used instead of the text above where it would exceed that platform’s limit.
        </p>
        {allowed.map((platform) => {
          const text = draft.variants[platform] ?? '';
          const { count, limit, overflowAt } = countDraft(text, platform);
          return (
            <label key={platform} className="field">
              <span>
                Shorter text for {siteName(platform)}{' '}
                <span className={overflowAt === null ? 'muted' : 'error'}>
                  ({text ? `${count} / ` : 'limit '}
                  {limit})
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
          Save reply
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
