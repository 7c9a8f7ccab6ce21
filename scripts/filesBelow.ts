import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir` whose name `keep` accepts, depth first in name order, so a run is repeatable. */
export function filesBelow(dir: string, keep: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesBelow(path, keep) : keep(name) ? [path] : [];
    });
}
