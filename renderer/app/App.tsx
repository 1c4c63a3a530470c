import { useEffect } from 'react';
import { LibraryView } from '../library/LibraryView';
import { useWorkshopImport } from '../library/useWorkshopImport';
import { readPickedFile } from '../platform/readPickedFile';
import { PrintViewLoader, preloadPrintView } from '../print/PrintViewLoader';
import { WorkshopHome } from '../workshop/WorkshopHome';
import { ArtefactView } from '../workshop/ArtefactView';
import { useAppServices } from './AppServices';
import { AutomergeGate } from './AutomergeGate';
import { NotificationsProvider, useNotify } from './Notifications';
import { navigate, routeHref, showsWithoutAutomerge, type Route } from './route';
import { useHashRoute } from './useHashRoute';
import { useResumeSession } from './useResumeSession';
import { describeImportRefusal } from '../../shared/file/importRefusal';

preloadPrintView(window.location.hash);

export function App() {
  useResumeSession();
  return (
    <NotificationsProvider>
      <FileOpening />
      <Routes />
    </NotificationsProvider>
  );
}

function Routes() {
  const route = useHashRoute();
  const screen = <Screen route={route} />;
  return showsWithoutAutomerge(route) ? screen : <AutomergeGate>{screen}</AutomergeGate>;
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    // Keyed apart, so going from the library to the Join dialog opens it.
    case 'library':
      return <LibraryView key="library" />;
    case 'join':
      return <LibraryView key="join" joining joinCode={route.joinCode} />;
    case 'workshop':
      return <WorkshopHome key={route.workshopUrl} workshopUrl={route.workshopUrl} />;
    case 'artefact':
      return (
        <ArtefactView
          key={route.artefactUrl}
          workshopUrl={route.workshopUrl}
          artefactUrl={route.artefactUrl}
        />
      );
    case 'print':
      return <PrintViewLoader key={routeHref(route)} route={route.print} />;
  }
}

/** `.obeya` files reach the app three ways: the OS (Electron), drag and drop, and dialogs. */
function FileOpening() {
  const { platform } = useAppServices();
  const importFile = useWorkshopImport();
  const notify = useNotify();

  useEffect(
    () => platform.onFileOpened((file) => void importFile(file.name, file.bytes)),
    [platform, importFile],
  );

  useEffect(() => {
    const stopMenu = platform.onMenuCommand((command) => {
      if (command === 'go-library') navigate({ name: 'library' });
    });
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      readPickedFile(file).then(
        (bytes) => importFile(file.name, bytes),
        (error: unknown) => notify({ tone: 'error', ...describeImportRefusal(file.name, error) }),
      );
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      stopMenu();
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [platform, importFile, notify]);
  return null;
}
