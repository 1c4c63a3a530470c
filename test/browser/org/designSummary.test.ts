import { describe, expect, it } from 'vitest';
import { preloadedOrgDesign } from '../../../shared/org/preloadedDesigns';
import { designOutline } from '../../../renderer/org/designOutline';
import { designSummary } from '../../../renderer/org/designSummary';
import { design, person, place, service } from './orgTestDesign';

describe('the workshop home’s summary of a design', () => {
  it('says the structure, the people and services, and that every check passes', () => {
    const doc = preloadedOrgDesign('matrix', 1);
    expect(designOutline(doc)).toBe('Matrix · 18 people · 2 services');
    expect(designSummary(doc)).toBe('Matrix · 18 people · 2 services · all checks pass');
  });

  it('counts the errors and warnings of the baseline, not its notes', () => {
    const doc = design('matrix');
    service(doc, 'portal');
    person(doc, 'anna');
    place(doc, {
      personId: 'anna',
      serviceId: 'portal',
      roleId: 'developmentTeam',
      allocation: 100,
    });
    // No Service Master, Process Master, Gatekeeper or operation team: four errors. Anna has
    // no pool and no development experience: two warnings.
    expect(designSummary(doc)).toBe('Matrix · 1 person · 1 service · 6 checks failing');
  });
});
