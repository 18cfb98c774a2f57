declare namespace App {
  interface Locals {
    /** Set by the print view: islands render their server-side defaults and load no JavaScript. */
    printView?: boolean;
    /** Tools the print view has shown already (see src/data/printView.ts). */
    printedTools?: Set<'calculator' | 'checklist'>;
  }
}

declare module 'astro:preact:opts' {
  /** Which files hold Preact components (written by src/integrations/preactIslands.ts). */
  const options: { include: RegExp[] };
  export default options;
}
