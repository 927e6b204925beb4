import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readJsonFile } from './jsonFile';

describe('readJsonFile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'json-file-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('reads JSON', () => {
    expect(readJsonFile(write('ok.json', '[{"fields":[]}]'), 'frames')).toEqual([{ fields: [] }]);
  });

  it('names a missing file and the reason', () => {
    expect(() => readJsonFile(path.join(dir, 'nope.json'), 'frames')).toThrow(
      /cannot read frames file .*nope\.json: ENOENT/
    );
  });

  it('refuses a file over the size limit before reading it', () => {
    const file = write('big.json', JSON.stringify({ fields: [{ name: 'x', values: Array(5000).fill(1) }] }));
    expect(() => readJsonFile(file, 'frames', 1000)).toThrow(/over the 0 MB limit|over the .* limit/);
  });

  it('says when the text is not JSON', () => {
    expect(() => readJsonFile(write('bad.json', '{ nope'), 'options')).toThrow(
      /options file .*bad\.json is not valid JSON/
    );
  });
});
