import { describe, expect, it } from 'vitest';
import { plainContentEditable } from '@/utils/editors/contenteditable';
import { draftEditor } from '@/utils/editors/draft';
import { lexicalEditor } from '@/utils/editors/lexical';
import { judgeAttempt, planEdit } from '@/utils/editors/plan';
import { quillEditor } from '@/utils/editors/quill';
import { textareaEditor } from '@/utils/editors/textarea';
import { tiptapEditor } from '@/utils/editors/tiptap';

const oneLine = { multiline: false, editorHasText: true };

describe('planEdit', () => {
  it('replaces exactly the span and says what the whole text must become', () => {
    expect(planEdit('We are the best brand', 11, 15, 'a leading', { widenDeletion: true })).toEqual({
      start: 11,
      end: 15,
      replacement: 'a leading',
      expected: 'We are the a leading brand',
    });
  });

  it('sends a deletion as a replacement that keeps the character before, since editors ignore empty pastes', () => {
    const plan = planEdit('Hello world!!!', 11, 14, '', { widenDeletion: true });
    expect(plan).toEqual({ start: 10, end: 14, replacement: 'd', expected: 'Hello world' });
  });

  it('keeps the character after when the deletion starts the text or follows a line break', () => {
    expect(planEdit('xxHello', 0, 2, '', { widenDeletion: true })).toEqual({
      start: 0,
      end: 3,
      replacement: 'H',
      expected: 'Hello',
    });
    expect(planEdit('a\nxxb', 2, 4, '', { widenDeletion: true })).toMatchObject({
      start: 2,
      end: 5,
      replacement: 'b',
      expected: 'a\nb',
    });
  });

  it('keeps a whole emoji, never half a surrogate pair', () => {
    const plan = planEdit('ok 👋tail', 5, 9, '', { widenDeletion: true });
    expect(plan).toEqual({ start: 3, end: 9, replacement: '👋', expected: 'ok 👋' });
    // An offset inside the pair snaps to its start.
    expect(planEdit('👋x', 1, 3, 'y', { widenDeletion: true }).start).toBe(0);
  });

  it('keeps a newline only when nothing else neighbours the span', () => {
    expect(planEdit('a\nxx\nb', 2, 4, '', { widenDeletion: true })).toMatchObject({
      start: 1,
      end: 4,
      replacement: '\n',
      expected: 'a\n\nb',
    });
  });

  it('does not widen for textareas, nor a deletion of the whole text', () => {
    expect(planEdit('Hello!!', 5, 7, '', { widenDeletion: false })).toMatchObject({
      start: 5,
      end: 7,
      replacement: '',
    });
    expect(planEdit('all', 0, 3, '', { widenDeletion: true })).toEqual({
      start: 0,
      end: 3,
      replacement: '',
      expected: '',
    });
  });

  it('clamps offsets outside the text and orders reversed ones', () => {
    expect(planEdit('abc', 5, 1, 'Z', { widenDeletion: true })).toMatchObject({
      start: 1,
      end: 3,
      expected: 'aZ',
    });
  });
});

describe('judgeAttempt', () => {
  it('accepts only the expected text, falls back only when nothing changed, and stops on anything else', () => {
    expect(judgeAttempt('ab', 'aXb', 'aXb')).toBe('done');
    expect(judgeAttempt('ab', 'ab', 'aXb')).toBe('unchanged');
    // A partial or doubled insertion: trying another method would insert a second time.
    expect(judgeAttempt('ab', 'aXXb', 'aXb')).toBe('wrong');
    expect(judgeAttempt('ab', 'a', 'aXb')).toBe('wrong');
  });
});

describe('methods per editor and browser (sites.md §4.3)', () => {
  it('Draft.js: paste on Chromium, execCommand only as a single-line fallback into existing text; Firefox execCommand', () => {
    expect(draftEditor.methods('chromium', oneLine)).toEqual(['paste', 'execCommand']);
    expect(draftEditor.methods('chromium', { multiline: true, editorHasText: true })).toEqual(['paste']);
    expect(draftEditor.methods('chromium', { multiline: false, editorHasText: false })).toEqual(['paste']);
    expect(draftEditor.methods('firefox', { multiline: true, editorHasText: false })).toEqual([
      'execCommand',
    ]);
  });

  it('Lexical: paste then beforeinput, execCommand last and single-line only on Chromium', () => {
    expect(lexicalEditor.methods('chromium', oneLine)).toEqual(['paste', 'beforeinput', 'execCommand']);
    expect(lexicalEditor.methods('chromium', { multiline: true, editorHasText: true })).toEqual([
      'paste',
      'beforeinput',
    ]);
    expect(lexicalEditor.methods('firefox', oneLine)).toEqual(['beforeinput', 'execCommand']);
  });

  it('Quill: execCommand first (Quill 1 ignores paste); line by line on Firefox', () => {
    expect(quillEditor.methods('chromium', oneLine)).toEqual(['execCommand', 'paste']);
    expect(quillEditor.methods('firefox', { multiline: true, editorHasText: true })).toEqual([
      'execCommand-lines',
    ]);
    expect(quillEditor.methods('firefox', oneLine)).toEqual(['execCommand']);
  });

  it('TipTap, textareas and plain contenteditables start with execCommand', () => {
    expect(tiptapEditor.methods('chromium', oneLine)).toEqual(['execCommand', 'paste']);
    expect(tiptapEditor.methods('firefox', oneLine)).toEqual(['execCommand']);
    expect(textareaEditor.methods('chromium', oneLine)).toEqual(['execCommand', 'native-setter']);
    expect(textareaEditor.methods('firefox', oneLine)).toEqual(['execCommand', 'native-setter']);
    expect(plainContentEditable.methods('chromium', oneLine)).toEqual(['execCommand', 'paste']);
  });
});
