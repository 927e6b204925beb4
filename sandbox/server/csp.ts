/**
 * The sandbox's Content-Security-Policy: no 'unsafe-eval' and no inline scripts, so any eval or
 * new Function in the plugin bundle fails loudly. Styles may be inline (Emotion injects <style> tags,
 * as in Grafana).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
