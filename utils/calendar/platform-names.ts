// The calendar's and the dashboard's names for platforms come from the sites' own records.
export { siteFromName as platformFromName, siteName as platformName } from '../sites/meta';
