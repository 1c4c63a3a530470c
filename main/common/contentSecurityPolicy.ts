/**
 * The renderer's Content-Security-Policy, sent by the Electron protocol handler and by the
 * browser host alike. Scripts only from the app itself ('wasm-unsafe-eval' lets Automerge
 * compile its wasm); connections may go to LAN hubs and sync servers the user names.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss: http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
