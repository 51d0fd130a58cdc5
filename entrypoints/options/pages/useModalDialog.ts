import { useEffect, useRef } from 'react';

/** A `<dialog>` shown as a modal from the moment it mounts (Escape closes it through its `onClose`). */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return dialog;
}
