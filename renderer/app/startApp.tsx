import { createRoot } from 'react-dom/client';
import { parsePrintRoute } from '../../shared/print/printRoute';
import { App } from './App';
import { warmUpAutomerge } from '../storage/warmUpAutomerge';
import { AppServicesProvider, openAppServices } from './AppServices';
import './app.css';

/** Opens storage and renders the app, or says plainly why it cannot start. */
export function startApp(automergeReady: Promise<void>): void {
  const root = createRoot(document.getElementById('root')!);
  openAppServices(automergeReady, {
    printOnly: parsePrintRoute(window.location.hash) !== null,
  }).then(
    (services) => {
      root.render(
        <AppServicesProvider services={services}>
          <App />
        </AppServicesProvider>,
      );
      void warmUpAutomerge();
    },
    (error: unknown) =>
      root.render(
        <main className="fatal" role="alert">
          <h1>Obeya could not open its local storage</h1>
          <p>{error instanceof Error ? error.message : String(error)}</p>
          <p>Nothing was changed. Close other Obeya windows and reload.</p>
        </main>,
      ),
  );
}
