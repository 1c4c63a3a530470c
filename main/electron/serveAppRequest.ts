import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../common/contentSecurityPolicy';
import { mimeTypeOf, resolveStaticPath } from '../common/resolveStaticPath';
import { APP_HOST } from './appUrl';

/**
 * Answers one app:// request from the built renderer in `root`. Every response, errors
 * included, carries the CSP; anything outside `root` or missing is a 404. Electron-free (it
 * takes and returns fetch `Request`/`Response`) so it is tested under Node.
 */
export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return textResponse(404, 'Not found');
  const filePath = resolveStaticPath(root, url.pathname);
  if (filePath === null) return textResponse(404, 'Not found');
  const body = await readFile(filePath).catch(() => null);
  if (body === null) return textResponse(404, 'Not found');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: securityHeaders({ 'Content-Type': mimeTypeOf(filePath) }),
  });
}

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: securityHeaders({ 'Content-Type': 'text/plain; charset=utf-8', ...extra }),
  });
}

function securityHeaders(headers: Record<string, string>): Headers {
  return new Headers({
    ...headers,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  });
}
