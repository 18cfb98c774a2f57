/**
 * Fills "{name}" placeholders in a translated string. Islands receive their strings
 * already translated (as props) and use this for the few values known only in the browser.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
