import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../../electron/main/csp';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe('Content-Security-Policy', () => {
  const production = contentSecurityPolicy({ dev: false });

  it('allows no inline or evaluated script in the built app', () => {
    expect(directive(production, 'script-src')).toBe("script-src 'self'");
    expect(production).not.toContain('unsafe-eval');
  });

  it('blocks plugins, frames, forms and base rewriting', () => {
    for (const name of ['object-src', 'frame-src', 'frame-ancestors', 'base-uri', 'form-action']) {
      expect(directive(production, name)).toBe(`${name} 'none'`);
    }
  });

  it('loosens only script and websocket rules for the dev server', () => {
    const dev = contentSecurityPolicy({ dev: true });
    expect(directive(dev, 'script-src')).toContain("'unsafe-inline'");
    expect(directive(dev, 'connect-src')).toContain('ws://localhost:*');
    expect(dev).not.toContain('unsafe-eval');
  });

  it('matches the <meta> policy in renderer/index.html, which is all a file:// page gets', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBe(production);
  });
});
