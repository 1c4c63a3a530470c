import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../../../../shared/assessment/AssessmentDoc';
import { startRound } from '../../../../../shared/assessment/roundChanges';
import {
  assessmentDocSchema,
  assessmentDocSchemaFor,
} from '../../../../../shared/assessment/schemas/assessmentDocSchema';
import { artefactDocSchemas } from '../../../../../shared/workshop/artefactDocSchemas';
import { addPeople, answer, CATALOGUE_V1_V2, emptyAssessment, NOW } from '../assessmentTestDocs';

function answered(): AssessmentDoc {
  const doc = emptyAssessment();
  addPeople(doc, [['Anna', 'operations'], ['Ben']]);
  answer(doc, 'p1', { 'fit.size': 'fewTeams', 'itsm.rpoRto': 2, 'dora.changeFailRate': 15 });
  answer(doc, 'p2', { 'itsm.rpoRto': 4 });
  doc.rounds[0]!.agreed['itsm.rpoRto'] = { value: 3, at: NOW };
  return doc;
}

const firstMessage = (doc: unknown) => {
  const result = assessmentDocSchema.safeParse(doc);
  return result.success ? 'valid' : result.error.issues[0]!.message;
};

describe('assessmentDocSchema', () => {
  it('accepts an assessment built by the change functions', () => {
    expect(firstMessage(answered())).toBe('valid');
  });

  it('is the schema files and peers are checked with', () => {
    expect(artefactDocSchemas.assessment).toBe(assessmentDocSchema);
  });

  it('refuses an answer outside its scale, whoever sent it', () => {
    const doc = answered();
    doc.respondents.p2!.answers[0]!.value = 9;
    expect(firstMessage(doc)).toBe(
      '“RPO and RTO known” takes a whole number from 1 to 5; 9 is not on that scale.',
    );
  });

  it('refuses an agreed value outside its scale', () => {
    const doc = answered();
    doc.rounds[0]!.agreed['itsm.rpoRto']!.value = 0;
    expect(firstMessage(doc)).toContain('0 is not on that scale');
  });

  it('refuses an answer to an item its questionnaire does not ask', () => {
    const doc = answered();
    doc.respondents.p2!.answers[0]!.itemId = 'itsm.cab';
    expect(firstMessage(doc)).toBe('Questionnaire version 1 has no item itsm.cab');
  });

  it('refuses answers and rounds under a questionnaire version this build does not know', () => {
    const doc = answered();
    doc.respondents.p2!.answers[0]!.questionnaireVersion = 2;
    expect(firstMessage(doc)).toBe(
      'These answers use questionnaire version 2, which this version of Obeya does not know. Update Obeya on this laptop to read them.',
    );
    const later = answered();
    later.rounds[0]!.questionnaireVersion = 3;
    expect(firstMessage(later)).toContain('questionnaire version 3');
  });

  it('accepts the same document in a build that knows the newer version', () => {
    const doc = emptyAssessment(CATALOGUE_V1_V2);
    expect(doc.rounds[0]!.questionnaireVersion).toBe(2);
    addPeople(doc, [['Anna']]);
    answer(doc, 'p1', { 'lean.gemba': 4 }, { catalogue: CATALOGUE_V1_V2 });
    expect(assessmentDocSchemaFor(CATALOGUE_V1_V2).safeParse(doc).success).toBe(true);
    expect(firstMessage(doc)).toContain('questionnaire version 2');
  });

  it('refuses duplicate rounds, a respondent under another key, and no round at all', () => {
    const doc = answered();
    startRound(doc, {}, NOW, () => 'r1');
    expect(firstMessage(doc)).toBe('Duplicate id r1');
    const misfiled = answered();
    misfiled.respondents.p3 = misfiled.respondents.p2!;
    expect(firstMessage(misfiled)).toBe('Respondent p3 is stored under another id');
    expect(firstMessage({ ...answered(), rounds: [] })).not.toBe('valid');
  });

  it('refuses a malformed answer event', () => {
    const doc = answered() as unknown as { respondents: { p1: { answers: object[] } } };
    doc.respondents.p1.answers.push({ roundId: 'r1', itemId: 'lean.kaizen', value: 3 });
    expect(firstMessage(doc)).not.toBe('valid');
  });
});
