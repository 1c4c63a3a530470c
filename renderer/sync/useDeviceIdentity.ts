import { useEffect, useState } from 'react';
import { useAppServices } from '../app/AppServices';
import { loadDeviceIdentity, type DeviceIdentity } from '../storage/deviceIdentity';

/** This device's id and display name; undefined until read from IndexedDB. */
export function useDeviceIdentity(): DeviceIdentity | undefined {
  const { db } = useAppServices();
  const [identity, setIdentity] = useState<DeviceIdentity>();
  useEffect(() => {
    void loadDeviceIdentity(db).then(setIdentity);
  }, [db]);
  return identity;
}
