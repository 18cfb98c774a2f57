/// <reference types="vitest/config" />
// getViteConfig lets unit tests import src/content.config.ts (astro:content, astro/loaders).
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // One worker per core (Vitest's default leaves one core idle): the slowest files wait
    // on `astro sync` child processes, so two of them side by side use the machine.
    maxWorkers: availableParallelism(),
  },
});
