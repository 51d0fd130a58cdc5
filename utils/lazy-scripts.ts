/**
 * The scripts the background injects into a supported site's frame when its content script asks, in the
 * content script's isolated world (utils/features/lazy-script.ts says why and when). Each name is the
 * unlisted entrypoint WXT builds to `/<name>.js`.
 */
export const LAZY_SCRIPTS = ['check-engine', 'composer-tools', 'research-save'] as const;

export type LazyScript = (typeof LAZY_SCRIPTS)[number];
