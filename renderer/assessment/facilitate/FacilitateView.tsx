import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import {
  aggregateRound,
  findItem,
  isDivided,
  orderedRespondents,
  questionnaireFor,
  recordAgreedValue,
  type AnswerValue,
  type AssessmentDoc,
  type Round,
} from '../../../shared/assessment';
import { useNotify } from '../../app/Notifications';
import { tryAssessmentChange } from '../tryAssessmentChange';
import { ItemCard, itemSignature } from './ItemCard';
import { RevealPanel } from './RevealPanel';
import { useQuestionnaires } from '../questionnaireCatalogue';

type Order = 'disagreement' | 'questionnaire';

interface Props {
  handle: DocHandle<AssessmentDoc>;
  doc: AssessmentDoc;
  round: Round;
}

/**
 * The facilitator's view of a round. Before the reveal: who has answered how much, nothing
 * else. After it: every item's figures and answers, most divided first, so the room talks
 * about those first, and the agreed value recorded per item.
 */
export function FacilitateView({ handle, doc, round }: Props) {
  if (!round.revealed) return <RevealPanel doc={doc} round={round} />;
  return <RevealedItems handle={handle} doc={doc} round={round} />;
}

function RevealedItems({ handle, doc, round }: Props) {
  const id = useId();
  const notify = useNotify();
  const [order, setOrder] = useState<Order>('disagreement');
  const catalogue = useQuestionnaires();
  const questionnaire = questionnaireFor(round.questionnaireVersion, catalogue);
  const aggregate = useMemo(
    () => aggregateRound(doc, round.id, catalogue),
    [doc, round.id, catalogue],
  );
  const items = order === 'disagreement' ? aggregate.byDisagreement : aggregate.items;
  const divided = aggregate.items.filter(isDivided).length;
  const agreed = Object.keys(round.agreed).length;
  const taken = orderedRespondents(doc).filter((respondent) => respondent.removed).length;

  const latest = useRef({ roundId: round.id, catalogue });
  latest.current = { roundId: round.id, catalogue };
  const onAgree = useCallback(
    (itemId: string, value: AnswerValue | null) => {
      const refusal = tryAssessmentChange(
        handle,
        (draft) =>
          recordAgreedValue(
            draft,
            latest.current.roundId,
            itemId,
            value,
            Date.now(),
            latest.current.catalogue,
          ),
        `agree:${itemId}`,
      );
      if (refusal) notify({ tone: 'error', message: refusal });
      return refusal;
    },
    [handle, notify],
  );

  return (
    <section aria-labelledby={`${id}-heading`} className="facilitate-view">
      <div className="panel facilitate-summary">
        <h2 id={`${id}-heading`}>
          {round.label}: {aggregate.respondents}{' '}
          {aggregate.respondents === 1 ? 'respondent' : 'respondents'}
        </h2>
        <p>
          <strong>{divided}</strong> {divided === 1 ? 'item divides' : 'items divide'} the room ·{' '}
          <strong>{agreed}</strong> of {questionnaire.items.length} agreed
          {taken > 0 ? ` · ${taken} taken out of the results` : ''}
        </p>
        <fieldset className="segmented" aria-describedby={`${id}-order-hint`}>
          <legend>Order</legend>
          <label>
            <input
              type="radio"
              name={`${id}-order`}
              checked={order === 'disagreement'}
              onChange={() => setOrder('disagreement')}
            />
            <span>Most divided first</span>
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-order`}
              checked={order === 'questionnaire'}
              onChange={() => setOrder('questionnaire')}
            />
            <span>Questionnaire order</span>
          </label>
        </fieldset>
        <p className="muted small" id={`${id}-order-hint`}>
          Consensus runs from 0 % (the room split between the two ends) to 100 % (everyone gave the
          same answer); items below 60 % (50 % for the fit questions) are marked “Divided”. Record
          what the room agrees on under each item: the result uses it in place of the median.
        </p>
      </div>
      <div className="item-cards">
        {items.map((entry) => (
          <ItemCard
            key={entry.itemId}
            item={findItem(questionnaire, entry.itemId)!}
            aggregate={entry}
            signature={itemSignature(entry)}
            onAgree={onAgree}
          />
        ))}
      </div>
    </section>
  );
}
