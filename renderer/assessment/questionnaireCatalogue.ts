import { createContext, useContext } from 'react';
import { QUESTIONNAIRES, type QuestionnaireCatalogue } from '../../shared/assessment';

/**
 * The questionnaire versions the editor reads answers with: this build's, unless a test or a
 * benchmark stands for a newer or larger questionnaire.
 */
export const QuestionnaireCatalogueContext = createContext<QuestionnaireCatalogue>(QUESTIONNAIRES);

export function useQuestionnaires(): QuestionnaireCatalogue {
  return useContext(QuestionnaireCatalogueContext);
}
