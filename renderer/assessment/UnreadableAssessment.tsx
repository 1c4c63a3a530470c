import { routeHref } from '../app/route';

/** The screen for an assessment this laptop cannot show: why, and that nothing was changed. */
export function UnreadableAssessment(props: { reason: string; workshopUrl: string }) {
  return (
    <main className="page assessment-unreadable" role="alert">
      <h1>This assessment cannot be shown on this laptop</h1>
      <p>{props.reason}</p>
      <p>Nothing was changed: its answers stay as they are, on this laptop and in the room.</p>
      <a href={routeHref({ name: 'workshop', workshopUrl: props.workshopUrl })}>
        Back to the workshop
      </a>
    </main>
  );
}
