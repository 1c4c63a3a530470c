import { useEffect, useState } from 'react';
import { useAppServices } from '../app/AppServices';
import { loadDeviceIdentity, type DeviceIdentity } from '../storage/deviceIdentity';

/** This device's id and display name; undefined until read from IndexedDB. */
export function useDeviceIdentity(): DeviceIdentity | undefined {
  const { db } = useAppServices();
  const [identity, setIdentity] = useState<DeviceIdentity>();
  useEffect(() => {
    let mounted = true;
    loadDeviceIdentity(db).then(
      (loaded) => mounted && setIdentity(loaded),
      // Unreadable (the database closing, say): this window then neither announces itself nor
      // tells its own announcements apart; everything else works, and opening the app reports
      // a database that cannot be opened.
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [db]);
  return identity;
}
