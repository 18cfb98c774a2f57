// The bench's Starlight site (scripts/bench.mjs): our pages' prose, written by generate.mjs,
// at the same addresses as ours, Norwegian and English. SITE_URL as for our build.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  ...(process.env.SITE_URL && { site: process.env.SITE_URL }),
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: { nb: 'Arkitekturbeslutninger', en: 'Architecture decisions' },
      defaultLocale: 'nb',
      locales: {
        nb: { label: 'Norsk bokmål', lang: 'nb' },
        en: { label: 'English', lang: 'en' },
      },
    }),
  ],
});
