import { Fragment, type ReactNode } from 'react';
import { type MessageKey, t } from '@/utils/i18n';

/**
 * A catalogue message whose placeholders are elements (<code>, <kbd>): the message is asked for with one
 * private-use marker per placeholder and split there, so a translation may put them in any order and the
 * words around them stay text (never HTML).
 */
export function messageWith(key: MessageKey, ...parts: ReactNode[]): ReactNode {
  const markers = parts.map((_, index) => String.fromCharCode(0xe000 + index));
  return t(key, ...markers)
    .split(/([\ue000-\ue0ff])/)
    .map((piece, index) => {
      const at = markers.indexOf(piece);
      // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one message, in its fixed order.
      return <Fragment key={index}>{at < 0 ? piece : parts[at]}</Fragment>;
    });
}
