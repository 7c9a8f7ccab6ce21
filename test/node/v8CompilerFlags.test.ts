import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { V8_COMPILER_FLAGS } from '../../src/node/v8CompilerFlags';

describe('V8 compiler flags', () => {
  // V8 ignores a flag it does not know when set at run time (it only prints an error), so a renamed flag would silently stop working.
  it('are each known to this Node’s V8', () => {
    for (const flag of V8_COMPILER_FLAGS) {
      const run = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });
      expect({ flag, status: run.status, stderr: run.stderr }).toEqual({ flag, status: 0, stderr: '' });
    }
  });

  it('are rejected when unknown, so the test above can fail', () => {
    const run = spawnSync(process.execPath, ['--no-such-v8-flag-for-jiaokan', '-e', '0'], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
  });
});
