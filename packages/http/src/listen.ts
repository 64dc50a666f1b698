import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a server listens. */
export interface ListenAddress {
  /** The port; 0 picks a free one. */
  port: number;
  /** The interface (default 127.0.0.1). */
  host?: string | undefined;
}

/**
 * Starts `server` listening and resolves, once it listens, with its URL and `path` (`/` or
 * `/graphql`); rejects when it cannot listen (the port is taken, say).
 */
export async function listen(server: Server, address: ListenAddress, path: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(address.port, address.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return serverUrl(server.address() as AddressInfo, path);
}

/**
 * The URL of a listening server with `path`, as Apollo's standalone server reported it: `localhost`
 * when it listens on every interface, an IPv6 address in brackets.
 */
export function serverUrl(address: AddressInfo, path: string): string {
  const host = ['', '::', '0.0.0.0'].includes(address.address)
    ? 'localhost'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}${path}`;
}
