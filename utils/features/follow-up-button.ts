import { createShadowHost, element } from '@/components/overlay/shadow-host';
import { DUE_PRESETS, type DuePreset, dueAtFor, localInputValue } from '@/utils/follow-ups/schedule';
import { type MessageKey, t, uiLocale } from '@/utils/i18n';

const STYLE = `
  :host { all: initial; display: block; width: max-content; max-width: 100%; margin: 6px 0; font: 12px/18px system-ui, sans-serif; color: #1d2939; }
  button {
    font: 600 12px/18px system-ui, sans-serif; padding: 2px 10px; border-radius: 999px; color: #1d2939;
    background: #fff; border: 1px solid #d0d5dd; cursor: pointer;
  }
  button:hover { background: #f2f4f7; }
  button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid #2e90fa; outline-offset: 1px; }
  button[data-state="set"] { color: #175cd3; border-color: #84caff; background: #eff8ff; }
  button[disabled] { cursor: progress; opacity: 0.7; }
  form { display: grid; gap: 8px; margin-top: 6px; padding: 10px; width: 280px; max-width: 100%; box-sizing: border-box;
    background: #fff; border: 1px solid #d0d5dd; border-radius: 8px; box-shadow: 0 4px 12px rgb(16 24 40 / 0.12); }
  form[hidden] { display: none; }
  fieldset { border: 0; margin: 0; padding: 0; display: grid; gap: 2px; }
  legend, .label { font-weight: 600; padding: 0; margin-bottom: 2px; }
  label { display: flex; align-items: center; gap: 6px; }
  input[type="datetime-local"], textarea { font: inherit; color: inherit; background: #fff; border: 1px solid #98a2b3;
    border-radius: 4px; padding: 2px 4px; box-sizing: border-box; width: 100%; }
  textarea { resize: vertical; min-height: 48px; }
  .actions { display: flex; gap: 6px; }
  .actions button[type="submit"] { background: #175cd3; border-color: #175cd3; color: #fff; }
  .message:empty { display: none; }
  .message[data-kind="error"] { color: #b42318; }
`;

const PRESET_LABELS: Record<DuePreset, MessageKey> = {
  hour: 'followUpPresetHour',
  tomorrow: 'followUpPresetTomorrow',
  days3: 'followUpPresetDays3',
  custom: 'followUpPresetCustom',
};

/** What the form hands back: when, and the user's note. */
export interface FollowUpChoice {
  dueAt: number;
  note: string;
}

/** The form's fields, once it is built. */
interface FormParts {
  form: HTMLFormElement;
  custom: HTMLInputElement;
  note: HTMLTextAreaElement;
  submit: HTMLButtonElement;
  message: HTMLElement;
  presets: Map<DuePreset, HTMLInputElement>;
}

/** The reply to a save: an error in a sentence, or nothing when it went through. */
export type FollowUpSave = (choice: FollowUpChoice) => Promise<string | undefined>;

let formCount = 0;

export function formatDue(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/**
 * The "Follow up" button on one feed post or comment, and its form: a due time (in 1 hour, tomorrow 9:00, in 3
 * days or a time of one's own) and a note. Like the save button it lives in a closed shadow root: the page
 * can't read the note, nor which posts the user follows up. Clicks and keys stay inside (the post around us is
 * usually a link, and sites bind keyboard shortcuts on the document).
 */
export class FollowUpButton {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly toggle: HTMLButtonElement;
  private readonly formId = `onbrand-follow-up-${++formCount}`;
  /** Built on the first open: a feed shows dozens of posts and users open the form on few of them. */
  private parts: FormParts | undefined;

  constructor(private readonly onSave: FollowUpSave) {
    const { host, root } = createShadowHost('onbrand-follow-up', STYLE);
    this.host = host;
    this.root = root;

    this.toggle = element('button', '', t('followUpButton'));
    this.toggle.type = 'button';
    this.toggle.setAttribute('aria-expanded', 'false');
    this.toggle.setAttribute('aria-controls', this.formId);
    root.append(this.toggle);

    // The post around us is usually a link: nothing of ours may navigate or reach the site's click handlers.
    root.addEventListener('click', (event) => event.stopPropagation());
    this.toggle.addEventListener('click', (event) => {
      event.preventDefault();
      this.open(this.parts?.form.hidden ?? true);
    });
  }

  private buildForm(): FormParts {
    const id = this.formId;
    const form = element('form', '');
    form.id = id;
    form.hidden = true;
    form.setAttribute('aria-label', t('followUpFormLabel'));

    const presets = new Map<DuePreset, HTMLInputElement>();
    const due = element('fieldset', '');
    due.append(element('legend', '', t('followUpDue')));
    for (const preset of DUE_PRESETS) {
      const label = element('label', '');
      const radio = element('input', '');
      radio.type = 'radio';
      radio.name = `${id}-due`;
      radio.value = preset;
      radio.checked = preset === 'tomorrow';
      radio.addEventListener('change', () => this.showCustom());
      presets.set(preset, radio);
      label.append(radio, document.createTextNode(t(PRESET_LABELS[preset])));
      due.append(label);
    }
    const custom = element('input', '');
    custom.type = 'datetime-local';
    custom.setAttribute('aria-label', t('followUpCustomLabel'));
    due.append(custom);

    const noteLabel = element('label', '');
    noteLabel.style.display = 'grid';
    const note = element('textarea', '');
    note.maxLength = 1000;
    note.rows = 2;
    noteLabel.append(element('span', 'label', t('followUpNote')), note);

    const actions = element('div', 'actions');
    const submit = element('button', '', t('followUpSave'));
    submit.type = 'submit';
    const cancel = element('button', '', t('followUpCancel'));
    cancel.type = 'button';
    actions.append(submit, cancel);

    const message = element('p', 'message');
    message.setAttribute('role', 'status');
    message.style.margin = '0';

    form.append(due, noteLabel, actions);
    this.root.append(form, message);

    cancel.addEventListener('click', () => this.open(false));
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.open(false);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    const parts = { form, custom, note, submit, message, presets };
    this.parts = parts;
    this.showCustom();
    return parts;
  }

  /** Back to a fresh button: the element now shows another post (a recycled feed element). */
  reset(): void {
    this.open(false);
    if (this.parts) {
      this.parts.note.value = '';
      this.parts.message.textContent = '';
    }
    this.toggle.textContent = t('followUpButton');
    delete this.toggle.dataset.state;
    delete this.host.dataset.onbrandFollowUp;
  }

  private open(open: boolean): void {
    this.toggle.setAttribute('aria-expanded', String(open));
    if (!open) {
      if (!this.parts) return;
      this.parts.form.hidden = true;
      this.toggle.focus();
      return;
    }
    const { form, custom, message, presets } = this.parts ?? this.buildForm();
    form.hidden = false;
    if (!custom.value) custom.value = localInputValue(Date.now() + 3_600_000);
    message.textContent = '';
    presets.get(this.chosen())?.focus();
  }

  private chosen(): DuePreset {
    for (const [preset, radio] of this.parts?.presets ?? []) if (radio.checked) return preset;
    return 'tomorrow';
  }

  private showCustom(): void {
    if (this.parts) this.parts.custom.disabled = this.chosen() !== 'custom';
  }

  private say(text: string, kind: 'error' | 'done'): void {
    if (!this.parts) return;
    this.parts.message.dataset.kind = kind;
    this.parts.message.textContent = text;
  }

  private async save(): Promise<void> {
    if (!this.parts) return;
    const { custom, note, submit } = this.parts;
    const dueAt = dueAtFor(this.chosen(), Date.now(), custom.value);
    if (dueAt === undefined) {
      this.say(t('followUpCustomInvalid'), 'error');
      custom.focus();
      return;
    }
    submit.disabled = true;
    const error = await this.onSave({ dueAt, note: note.value });
    submit.disabled = false;
    if (error) {
      this.say(t('followUpNotSaved', error), 'error');
      return;
    }
    this.open(false);
    this.toggle.textContent = t('followUpButtonSet', formatDue(dueAt));
    this.toggle.dataset.state = 'set';
    // For tests and page styles, like the save button's `data-onbrand-saved`: the page saw the click anyway.
    this.host.dataset.onbrandFollowUp = 'set';
    this.say(t('followUpSaved', formatDue(dueAt)), 'done');
  }
}
