import { describe, expect, it, vi } from 'vitest';
import { OPEN_FINDINGS_COMMAND, onCommand } from '@/entrypoints/background/commands';
import config from '@/wxt.config';

describe('the open-findings shortcut', () => {
  it('is a manifest command with a suggested key the user can change', async () => {
    const manifest = config.manifest;
    const resolved = await (typeof manifest === 'function'
      ? manifest({ browser: 'chrome' } as never)
      : manifest);
    expect(resolved?.commands?.[OPEN_FINDINGS_COMMAND]?.suggested_key).toEqual({ default: 'Alt+Shift+O' });
  });

  it('tells the tab it was pressed in to open its findings', async () => {
    const notice = vi.fn(async () => undefined);
    await onCommand(OPEN_FINDINGS_COMMAND, 7, notice);
    expect(notice).toHaveBeenCalledWith(7, { type: 'findings.open' });
  });

  it('ignores other commands and a tab without OnBrand', async () => {
    const notice = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await onCommand('something-else', 7, notice);
    expect(notice).not.toHaveBeenCalled();
    await expect(onCommand(OPEN_FINDINGS_COMMAND, 7, notice)).resolves.toBeUndefined();
  });
});
