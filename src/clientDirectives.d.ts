// The client directives our integrations add (src/integrations/preactIslands.ts), typed for .astro files.
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates on the reader's first focus, press or keystroke in the island (src/islands/hydrateOnInteraction.ts). */
    'client:interaction'?: boolean;
  }
}
