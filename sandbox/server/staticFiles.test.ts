import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentType, resolveInside } from './staticFiles';

describe('resolveInside', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'));
  fs.mkdirSync(path.join(root, 'img'));
  fs.writeFileSync(path.join(root, 'module.js'), '');
  fs.writeFileSync(path.join(root, 'img', 'logo.svg'), '');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds files below the folder', () => {
    expect(resolveInside(root, 'module.js')).toBe(path.join(root, 'module.js'));
    expect(resolveInside(root, 'img/logo.svg')).toBe(path.join(root, 'img', 'logo.svg'));
  });

  it.each(['../etc/passwd', '..%2F..%2Fetc%2Fpasswd', 'img/../../x', '%00', 'img', 'missing.js', '%E0%A4%A'])(
    'refuses %s',
    (urlPath) => {
      expect(resolveInside(root, urlPath)).toBeNull();
    }
  );
});

describe('contentType', () => {
  it.each([
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(contentType(file)).toBe(type));
});
