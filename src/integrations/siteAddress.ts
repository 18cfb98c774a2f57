/**
 * Says in the build's output which public address the site is built for, or that it has
 * none and what that leaves out, so a deploy without link previews is never a surprise;
 * likewise which repository and branch the pages' edit links lead to, if any.
 */
import type { AstroIntegration } from 'astro';
import { SITE_URL_VARIABLES, type SiteUrl } from '../lib/site/siteUrl.ts';
import type { Repository } from '../lib/records/repository.ts';

export function siteAddress(site: SiteUrl | undefined, repository: Repository | undefined): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        logger.info(
          repository
            ? `edit links to ${repository.url}, branch ${repository.branch} (from ${repository.from})`
            : 'no edit links: no repository address (REPOSITORY_URL + REPOSITORY_BRANCH, or a host’s variables; docs/edit-link-and-history.md)',
        );
        if (site) {
          logger.info(`public address ${site.origin} (from ${site.from})`);
          return;
        }
        logger.warn(
          [
            'No public address: none of these is set: ' + SITE_URL_VARIABLES.join(', ') + '.',
            'Canonical and hreflang links, og:url, the link-preview image and the sitemap are left out.',
            'Set SITE_URL=https://… when building for a host, e.g. SITE_URL=https://docs.example.com npm run build.',
          ].join('\n'),
        );
      },
    },
  };
}
