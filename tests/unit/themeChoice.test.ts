import { describe, expect, it } from 'vitest';
import { parseTheme, toggledChoice } from '../../src/lib/site/themeChoice';

describe('parseTheme', () => {
  it('keeps a stored light or dark choice', () => {
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
  });

  it('reads nothing, or anything else, as "follow the system"', () => {
    for (const junk of [null, '', 'Dark', 'auto', '<script>', 'dark ']) expect(parseTheme(junk)).toBeNull();
  });
});

describe('toggledChoice', () => {
  it('switches to the other theme than the one shown', () => {
    expect(toggledChoice(null, 'light')).toBe('dark');
    expect(toggledChoice(null, 'dark')).toBe('light');
  });

  it('drops the choice when the toggle lands on what the system shows', () => {
    expect(toggledChoice('dark', 'light')).toBeNull();
    expect(toggledChoice('light', 'dark')).toBeNull();
  });

  it('keeps a choice that differs from the system', () => {
    expect(toggledChoice('light', 'light')).toBe('dark');
    expect(toggledChoice('dark', 'dark')).toBe('light');
  });
});
