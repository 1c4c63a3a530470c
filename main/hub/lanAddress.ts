import { networkInterfaces } from 'node:os';

/**
 * The address other laptops in the room reach this one at: the first external IPv4 address,
 * or loopback when there is no network (then only this laptop can join, which is still useful).
 */
export function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    const external = addresses?.find((entry) => entry.family === 'IPv4' && !entry.internal);
    if (external) return external.address;
  }
  return '127.0.0.1';
}
