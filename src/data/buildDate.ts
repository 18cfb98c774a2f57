/**
 * "Today" as the build sees it. Review banners are decided at build time (so prose pages
 * stay free of JavaScript) and print this date; BUILD_DATE=YYYY-MM-DD pins it for a
 * reproducible build.
 */
const pinned = process.env.BUILD_DATE;
export const buildDate: Date = pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? new Date(`${pinned}T00:00:00Z`) : new Date();
