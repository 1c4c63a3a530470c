import {
  PILLAR_NAMES,
  PILLARS,
  type Questionnaire,
  type QuestionnaireItem,
} from '../../../shared/assessment';

export interface QuestionnaireSection {
  id: string;
  title: string;
  intro: string;
  items: { item: QuestionnaireItem; number: number }[];
}

/**
 * The questionnaire in the order it is asked, in sections: which way fits, each pillar's
 * maturity, then delivery performance. Numbers run through the whole questionnaire.
 */
export function questionnaireSections(questionnaire: Questionnaire): QuestionnaireSection[] {
  const numbered = questionnaire.items.map((item, index) => ({ item, number: index + 1 }));
  return [
    {
      id: 'fit',
      title: 'Your organisation',
      intro:
        'Choose the answer nearest to how things are. These answers decide which way to implement DevOps fits.',
      items: numbered.filter(({ item }) => item.kind === 'fit'),
    },
    ...PILLARS.map((pillar) => ({
      id: pillar,
      title: PILLAR_NAMES[pillar],
      intro:
        'How true is each statement today? 1 and 5 are described under each one; 2 to 4 lie between.',
      items: numbered.filter(({ item }) => item.kind === 'maturity' && item.pillar === pillar),
    })),
    {
      id: 'dora',
      title: 'Delivery performance',
      intro:
        'DORA’s five metrics, on the scales of DORA’s Quick Check. Answer for the main service you work on.',
      items: numbered.filter(({ item }) => item.kind === 'dora'),
    },
  ].filter((section) => section.items.length > 0);
}
