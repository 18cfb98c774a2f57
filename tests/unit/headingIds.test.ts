/** Heading anchors do not move when a range's hyphen becomes an en dash. */
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { idText } from '../../src/integrations/headingIds';

describe('a heading id reads a range dash as a hyphen', () => {
  it.each([
    ['Phase 1: Now (0–6 months)', 'phase-1-now-0-6-months'],
    ['6–12 måneder', '6-12-måneder'],
    ['3 – 6 months', '3-6-months'],
    ['12+ months', '12-months'],
    ['Docker Swarm – the middle way', 'docker-swarm--the-middle-way'],
    ['Kubernetes: what it gives you', 'kubernetes-what-it-gives-you'],
  ])('%s → #%s', (heading, id) => {
    expect(new GithubSlugger().slug(idText(heading))).toBe(id);
  });

  it('keeps the id the same heading had with a hyphen', () => {
    expect(new GithubSlugger().slug(idText('Now (0–6 months)'))).toBe(new GithubSlugger().slug('Now (0-6 months)'));
  });
});
