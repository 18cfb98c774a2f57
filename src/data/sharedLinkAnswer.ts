/**
 * The line of script src/components/SharedLinkAnswer.astro writes after a tool: opened
 * from a shared link, the page starts at the tool's answer. It reads the answer's selector
 * and the prefix of the tool's field ids from its own data attributes, so it is the same
 * on every page and the layout can allow it (its hash) in the page's policy before the
 * tool renders. Why and when it moves the page: docs/calculator-on-a-phone.md. Reading
 * scrollY lays the page out there and then (a whole layout of the page, in the middle of
 * parsing it), so it is asked last, after the checks that need no layout, and a page opened
 * without a link never pays for it.
 */
export const SHARED_LINK_SCRIPT =
  '{let s=document.currentScript.dataset,a=document.querySelector(s.answer),r;' +
  'a&&!location.hash&&performance.getEntriesByType("navigation")[0]?.type=="navigate"' +
  '&&[...new URLSearchParams(location.search).keys()].some(k=>document.getElementById(s.prefix+k))' +
  '&&!scrollY&&(r=a.getBoundingClientRect(),r.top<0||r.bottom>innerHeight)&&a.scrollIntoView()}';
