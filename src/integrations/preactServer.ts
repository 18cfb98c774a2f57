/**
 * The islands' server renderer: `@astrojs/preact`'s, except how it claims a component.
 * Astro asks each renderer's check() whether a component is its own, and Preact's answers
 * by rendering the component, so every hydrated island was rendered twice. A function
 * component from a file the integration's `include` matches (Astro names the file of a
 * hydrated island) is Preact's: the site has no other JSX framework. Anything else, such
 * as an island the print view renders without hydration, gets Preact's own check.
 */
import preact from '@astrojs/preact/server.js';
import options from 'astro:preact:opts';

const isPreactFile = (url: string | undefined) => url !== undefined && options.include.some((pattern) => pattern.test(url));

const renderer: typeof preact = {
  ...preact,
  check(Component, props, children, metadata) {
    if (typeof Component === 'function' && isPreactFile(metadata?.componentUrl)) return Promise.resolve(true);
    return preact.check.call(this, Component, props, children, metadata);
  },
};

export default renderer;
