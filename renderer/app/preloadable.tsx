import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

export interface Preloadable<P extends object> {
  /** Renders the component, loading its code first if need be. */
  Component: ComponentType<P>;
  /** Loads the code ahead of need; every call shares one load. */
  preload: () => Promise<ComponentType<P>>;
}

/**
 * A component whose code loads on demand or ahead of it. Once loaded it renders directly:
 * `React.lazy` suspends at least once even for code already loaded, and React keeps a
 * suspended fallback on screen for at least 300 ms, which every open would pay.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed load (a dropped connection to the host) may be retried.
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return { Component, preload };
}
