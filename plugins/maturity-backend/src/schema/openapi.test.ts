import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

describe('openapi.generated.ts', () => {
  it('is up to date with openapi.yaml', () => {
    const script = resolve(__dirname, '../../scripts/generateOpenApiSpec.js');
    const result = spawnSync(process.execPath, [script, '--check'], {
      encoding: 'utf8',
    });
    // The script names the file and the command that regenerates it.
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
