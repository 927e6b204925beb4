import fs from 'node:fs';

/** Frames or options larger than this are refused: the panel wants segment metrics, not raw facts. */
export const MAX_JSON_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a JSON file given on the command line; the error names the file and what is wrong in one line. */
export function readJsonFile(file: string, what: string, limit = MAX_JSON_FILE_BYTES): unknown {
  let text: string;
  try {
    const { size } = fs.statSync(file);
    if (size > limit) {
      throw new Error(
        `${what} file ${file} is ${(size / 1048576).toFixed(1)} MB, over the ${(limit / 1048576).toFixed(0)} MB limit: aggregate in the warehouse first`
      );
    }
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code ? `cannot read ${what} file ${file}: ${code}` : (e as Error).message);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${what} file ${file} is not valid JSON: ${(e as Error).message}`);
  }
}
