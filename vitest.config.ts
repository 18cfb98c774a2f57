/// <reference types="vitest/config" />
// getViteConfig lets unit tests import src/content.config.ts (astro:content, astro/loaders).
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
