import { describe, expect, it } from 'vitest';
import { recommendStructure } from '../../../../shared/org/recommendStructure';
import { updateService } from '../../../../shared/org/serviceChanges';
import { emptyDesign, flatTeam, matrixOf, withService } from './orgTestDesigns';

const texts = (design: Parameters<typeof recommendStructure>[0], hint = {}) =>
  recommendStructure(design, hint).reasons.map((reason) => [
    reason.favours,
    reason.decisive,
    reason.text,
  ]);

describe('recommendStructure', () => {
  it('recommends a flat team for one service and a small team', () => {
    const design = flatTeam(2);
    expect(recommendStructure(design).structure).toBe('flat');
    expect(texts(design)).toEqual([
      ['flat', true, 'One IT service (Shop): one team around its Service Master can own it'],
      ['flat', true, '7 people fit in one team'],
    ]);
  });

  it('recommends a matrix for several complicated services, saying why', () => {
    const design = matrixOf(['pay', 'web']);
    expect(recommendStructure(design).structure).toBe('matrix');
    expect(texts(design)[0]).toEqual([
      'matrix',
      true,
      '2 IT services are too much for one team — it would carry 2 complicated services (pay, web): never two per team (Team Topologies)',
    ]);
  });

  it('keeps a flat team for two simple services', () => {
    const design = flatTeam();
    withService(design, 'blog', { name: 'Blog', complexity: 'simple' });
    expect(recommendStructure(design).structure).toBe('flat');
    expect(texts(design)[0]).toEqual([
      'flat',
      true,
      '2 simple IT services: one team can carry them',
    ]);
  });

  it('recommends a matrix for more people than one team holds, even on one service', () => {
    const design = flatTeam(6);
    const recommendation = recommendStructure(design);
    expect(recommendation.structure).toBe('matrix');
    expect(recommendation.reasons[1]).toMatchObject({
      favours: 'matrix',
      decisive: true,
      text: '11 people are more than one team of 10 holds: pool the experts and assign them to Service Masters',
    });
  });

  it('lets the assessment decide when size does not', () => {
    const design = flatTeam(5);
    updateService(design, 'svc', { complexity: 'complicated' });
    expect(recommendStructure(design).structure).toBe('flat');
    expect(recommendStructure(design, { recommendedType: 'toyotaWay' })).toMatchObject({
      structure: 'matrix',
      reasons: [
        { favours: 'flat', decisive: false },
        { favours: null, decisive: false, text: '10 people: one team at the limit of its size' },
        {
          favours: 'matrix',
          decisive: true,
          text: 'The assessment points to the Toyota way: strategic IT services of a large enterprise, run as a matrix',
        },
      ],
    });
  });

  it('does not let the assessment override a size that clearly fits one team', () => {
    const design = flatTeam();
    const recommendation = recommendStructure(design, { recommendedType: 'toyotaWay' });
    expect(recommendation.structure).toBe('flat');
    expect(recommendation.reasons[2]).toMatchObject({ favours: 'matrix', decisive: false });
  });

  it('reads Continuous Delivery as one team and Collaboration as either', () => {
    const design = flatTeam(5);
    expect(
      recommendStructure(design, { recommendedType: 'continuousDelivery' }).reasons[2],
    ).toMatchObject({
      favours: 'flat',
      decisive: true,
      text: 'The assessment points to Continuous Delivery: quick, frequent releases from one team',
    });
    expect(
      recommendStructure(design, { recommendedType: 'collaboration' }).reasons[2]!.favours,
    ).toBeNull();
  });

  it('starts an empty design flat and says why', () => {
    expect(recommendStructure(emptyDesign())).toEqual({
      structure: 'flat',
      reasons: [
        expect.objectContaining({
          favours: null,
          text: 'No IT services yet: add the services this organisation provides',
        }),
        expect.objectContaining({ favours: null, text: 'No people in the design yet' }),
        {
          favours: 'flat',
          decisive: true,
          text: 'Nothing calls for a matrix yet: start with the basic structure, one team around one Service Master',
          source: 'Enterprise DevOps white paper, §6 organisation',
        },
      ],
    });
  });
});
