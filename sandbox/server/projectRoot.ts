import fs from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'seglens-segmentmatrix-panel';

/** The project's root folder: the nearest folder upwards from `start` whose package.json is this project's. */
export function projectRoot(start = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === PACKAGE_NAME) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`cannot find the ${PACKAGE_NAME} project above ${start}`);
    }
    dir = parent;
  }
}
