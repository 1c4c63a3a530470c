import * as Automerge from '@automerge/automerge';
import { generateAutomergeUrl } from '@automerge/automerge-repo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listedArtefacts, pendingDeletions } from '../../../../shared/workshop/listedArtefacts';
import {
  addArtefact,
  deleteArtefact,
  forgetDeletedArtefacts,
  newWorkshop,
  recordArtefactTitle,
  restoreArtefact,
} from '../../../../shared/workshop/workshopChanges';
import type { WorkshopDoc } from '../../../../shared/workshop/WorkshopDoc';
import { workshopDocSchema } from '../../../../shared/workshop/workshopSchema';

const details = { title: 'Bank', client: '', date: '', facilitator: '' };

function workshopWith(titles: string[]): { doc: WorkshopDoc; urls: string[] } {
  const doc = newWorkshop(details, 1);
  const urls = titles.map(() => generateAutomergeUrl());
  titles.forEach((title, index) => addArtefact(doc, urls[index]!, 'valueStreamMap', 2, title));
  return { doc, urls };
}

const titlesOf = (doc: WorkshopDoc) => listedArtefacts(doc).map((ref) => ref.title);

describe('addArtefact', () => {
  it('lists a copy right after its original, and at the end when the original is gone', () => {
    const { doc, urls } = workshopWith(['Current', 'Future']);
    addArtefact(doc, generateAutomergeUrl(), 'valueStreamMap', 3, 'Current (copy)', urls[0]);
    addArtefact(doc, generateAutomergeUrl(), 'valueStreamMap', 4, 'Orphan', 'automerge:gone');
    expect(titlesOf(doc)).toEqual(['Current', 'Current (copy)', 'Future', 'Orphan']);
    expect(doc.updatedAt).toBe(4);
  });
});

describe('deleteArtefact and restoreArtefact', () => {
  it('hide an artefact at once, count it as pending, and bring it back in its place', () => {
    const { doc, urls } = workshopWith(['A', 'B', 'C']);
    expect(deleteArtefact(doc, urls[1]!, 5)).toBe(true);
    expect(titlesOf(doc)).toEqual(['A', 'C']);
    expect(pendingDeletions(doc)).toBe(1);
    expect(doc.updatedAt).toBe(5);
    expect(workshopDocSchema.safeParse(doc).success).toBe(true);
    // Deleting it again changes nothing, and keeps the time of the first deletion.
    expect(deleteArtefact(doc, urls[1]!, 6)).toBe(false);
    expect(doc.artefacts[1]?.deletedAt).toBe(5);

    restoreArtefact(doc, doc.artefacts[1]!, [urls[2]!], 7);
    expect(titlesOf(doc)).toEqual(['A', 'B', 'C']);
    expect(pendingDeletions(doc)).toBe(0);
    expect('deletedAt' in doc.artefacts[1]!).toBe(false);
  });

  it('list the artefact again where it was when another laptop already made the deletion final', () => {
    const { doc, urls } = workshopWith(['A', 'B', 'C']);
    deleteArtefact(doc, urls[1]!, 5);
    const deleted = { ...doc.artefacts[1]! };
    forgetDeletedArtefacts(doc, 5);
    restoreArtefact(doc, deleted, [urls[2]!], 8);
    expect(titlesOf(doc)).toEqual(['A', 'B', 'C']);
    expect(doc.artefacts[1]).toEqual({
      url: urls[1],
      kind: 'valueStreamMap',
      addedAt: 2,
      title: 'B',
    });
  });
});

describe('forgetDeletedArtefacts', () => {
  it('removes only the deletions made at or before the given time and returns them', () => {
    const { doc, urls } = workshopWith(['A', 'B', 'C']);
    deleteArtefact(doc, urls[0]!, 5);
    deleteArtefact(doc, urls[2]!, 9);
    const forgotten = forgetDeletedArtefacts(doc, 5);
    expect(forgotten.map((ref) => ref.title)).toEqual(['A']);
    expect(doc.artefacts.map((ref) => ref.title)).toEqual(['B', 'C']);
    expect(doc.updatedAt).toBe(9);
    expect(forgetDeletedArtefacts(doc, 10).map((ref) => ref.url)).toEqual([urls[2]]);
    expect(forgetDeletedArtefacts(doc, 10)).toEqual([]);
  });

  it('whatever is deleted, restored and made final in any order, lists exactly the artefacts not deleted or restored, in their order', () => {
    const action = fc.oneof(
      fc.record({ type: fc.constant('delete' as const), index: fc.nat(5) }),
      fc.record({ type: fc.constant('restore' as const), index: fc.nat(5) }),
      fc.record({ type: fc.constant('forget' as const) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const titles = ['A', 'B', 'C', 'D', 'E', 'F'];
        const { doc, urls } = workshopWith(titles);
        // The model: which artefacts are listed, hidden, or gone for good.
        const state = new Map(urls.map((url) => [url, 'listed' as 'listed' | 'hidden' | 'gone']));
        const deletedRefs = new Map<
          string,
          { ref: WorkshopDoc['artefacts'][number]; following: string[] }
        >();
        let now = 10;
        for (const step of actions) {
          now += 1;
          if (step.type === 'delete') {
            const url = urls[step.index]!;
            const index = doc.artefacts.findIndex((ref) => ref.url === url);
            const changed = deleteArtefact(doc, url, now);
            expect(changed).toBe(state.get(url) === 'listed');
            if (changed) {
              state.set(url, 'hidden');
              const following = doc.artefacts.slice(index + 1).map((ref) => ref.url);
              deletedRefs.set(url, { ref: { ...doc.artefacts[index]! }, following });
            }
          } else if (step.type === 'restore') {
            const url = urls[step.index]!;
            const deleted = deletedRefs.get(url);
            if (!deleted || state.get(url) === 'listed') continue;
            restoreArtefact(doc, deleted.ref, deleted.following, now);
            state.set(url, 'listed');
          } else {
            const forgotten = forgetDeletedArtefacts(doc, now).map((ref) => ref.url);
            const hidden = urls.filter((url) => state.get(url) === 'hidden');
            expect(forgotten).toEqual(hidden);
            for (const url of hidden) state.set(url, 'gone');
          }
          expect(listedArtefacts(doc).map((ref) => ref.url)).toEqual(
            urls.filter((url) => state.get(url) === 'listed'),
          );
          expect(pendingDeletions(doc)).toBe(
            urls.filter((url) => state.get(url) === 'hidden').length,
          );
          expect(workshopDocSchema.safeParse(doc).success).toBe(true);
        }
      }),
    );
  });
});

describe('deleting an artefact on one laptop', () => {
  it('hides it on another that renamed it meanwhile, and the undo brings it back under the new title', () => {
    const { doc: start, urls } = workshopWith(['Current state']);
    // A plain object type has no index signature: Automerge.from wants one.
    const anna = Automerge.from(
      start as unknown as Record<string, unknown>,
    ) as Automerge.Doc<WorkshopDoc>;
    let bob = Automerge.clone(anna);
    let annas = Automerge.change(anna, (doc) => void deleteArtefact(doc, urls[0]!, 5));
    bob = Automerge.change(bob, (doc) => void recordArtefactTitle(doc, urls[0]!, 'As is'));
    annas = Automerge.merge(annas, bob);
    bob = Automerge.merge(bob, annas);
    expect(listedArtefacts(bob)).toEqual([]);
    const deleted = { ...annas.artefacts[0]! };
    annas = Automerge.change(annas, (doc) => restoreArtefact(doc, deleted, [], 6));
    bob = Automerge.merge(bob, annas);
    expect(titlesOf(bob)).toEqual(['As is']);
  });
});
