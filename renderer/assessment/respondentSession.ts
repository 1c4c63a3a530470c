import { useCallback, useEffect, useState } from 'react';
import { useAppServices } from '../app/AppServices';
import type { ObeyaDatabase } from '../storage/ObeyaDatabase';

/**
 * Who answers on this laptop, per assessment: kept on this device only (Dexie settings), so a
 * reload or a dropped connection continues as the same respondent, and the coach's laptop can
 * hand over to the next respondent without anyone seeing the previous answers.
 */
const keyOf = (assessmentUrl: string) => `assessmentRespondent:${assessmentUrl}`;

export async function loadRespondentSession(
  db: ObeyaDatabase,
  assessmentUrl: string,
): Promise<string | null> {
  const value = (await db.settings.get(keyOf(assessmentUrl)))?.value;
  return typeof value === 'string' ? value : null;
}

export async function saveRespondentSession(
  db: ObeyaDatabase,
  assessmentUrl: string,
  respondentId: string | null,
): Promise<void> {
  if (respondentId === null) await db.settings.delete(keyOf(assessmentUrl));
  else await db.settings.put({ key: keyOf(assessmentUrl), value: respondentId });
}

/**
 * The respondent this laptop answers as (undefined while reading storage, null for nobody yet)
 * and a setter that keeps it.
 */
export function useRespondentSession(
  assessmentUrl: string,
): [string | null | undefined, (respondentId: string | null) => void] {
  const { db } = useAppServices();
  const [respondentId, setRespondentId] = useState<string | null>();
  useEffect(() => {
    let live = true;
    loadRespondentSession(db, assessmentUrl).then(
      (id) => live && setRespondentId(id),
      // Unreadable storage: this laptop starts as nobody, and answering still works.
      () => live && setRespondentId(null),
    );
    return () => {
      live = false;
    };
  }, [db, assessmentUrl]);
  const choose = useCallback(
    (id: string | null) => {
      setRespondentId(id);
      void saveRespondentSession(db, assessmentUrl, id).catch(() => undefined);
    },
    [db, assessmentUrl],
  );
  return [respondentId, choose];
}
