import type catalogue from '@/public/_locales/en/messages.json';

/** A key of the message catalogue: a type only, so the engine can name its messages without the catalogue. */
export type MessageKey = keyof typeof catalogue;
