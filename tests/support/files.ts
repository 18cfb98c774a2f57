/** Every file under a folder, at any depth, as paths. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
