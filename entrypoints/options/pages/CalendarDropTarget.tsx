import type { DragEvent, ReactNode } from 'react';
import { ENTRY_DRAG_TYPE } from './CalendarEntryChip';

interface Props {
  className: string;
  label: string;
  /** Called with the dragged entry's id. */
  onDropEntry: (id: string) => void;
  children?: ReactNode;
  testId?: string;
}

const carriesEntry = (event: DragEvent) => event.dataTransfer.types.includes(ENTRY_DRAG_TYPE);

/** A day or hour an entry can be dropped on (HTML5 drag and drop). */
export function CalendarDropTarget({ className, label, onDropEntry, children, testId }: Props) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a grid cell that holds entries; moving from the keyboard is on each entry
    <div
      role="group"
      aria-label={label}
      className={className}
      data-testid={testId}
      onDragOver={(event) => {
        if (!carriesEntry(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        event.currentTarget.classList.add('drop-over');
      }}
      onDragLeave={(event) => event.currentTarget.classList.remove('drop-over')}
      onDrop={(event) => {
        event.currentTarget.classList.remove('drop-over');
        const id = event.dataTransfer.getData(ENTRY_DRAG_TYPE);
        if (!id) return;
        event.preventDefault();
        onDropEntry(id);
      }}
    >
      {children}
    </div>
  );
}
