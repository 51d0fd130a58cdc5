// Site ids are the platform ids: one adapter per platform (docs/architecture.md).

export type { PlatformId as SiteId } from '../checks/types';
export { PLATFORM_IDS as SITE_IDS } from '../checks/types';
