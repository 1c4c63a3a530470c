import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppServicesProvider, openAppServices } from './AppServices';
import './app.css';
import { errorMessage } from '../../shared/errorMessage';

/** Opens storage and renders the app, or says plainly why it cannot start. */
export function startApp(): void {
  const root = createRoot(document.getElementById('root')!);
  openAppServices().then(
    (services) => {
      root.render(
        <AppServicesProvider services={services}>
          <App />
        </AppServicesProvider>,
      );
    },
    (error: unknown) =>
      root.render(
        <main className="fatal" role="alert">
          <h1>Obeya could not open its local storage</h1>
          <p>{errorMessage(error)}</p>
          <p>Nothing was changed. Close other Obeya windows and reload.</p>
        </main>,
      ),
  );
}
