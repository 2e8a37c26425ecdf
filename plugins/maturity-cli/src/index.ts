import path from 'node:path';
import { parseArgs } from 'node:util';
import { FORMATS } from './format';
import { loadChecklist } from './loadChecklist';
import { runCheck } from './runCheck';

const USAGE = `Usage: maturity check <directory> [options]

Evaluates a local checkout against the maturity checklist, with the same
engine as the Backstage plugin.

Options:
  --format <table|json|markdown|sarif>  output format (default: table)
  --min-phase <phase id>                exit with code 1 unless this phase is reached
  --config <app-config.yaml>            apply the organisation's maturity.checklist
  --type <spec.type>                    evaluate as this type of component (default:
                                        catalog-info.yaml's, else service)
  --verbose                             add the technical details (globs, patterns,
                                        dependency names) of failing checks
  --no-history                          do not read the git history (commits, tags,
                                        branches) for the checks that need it
  -h, --help                            show this help

Exit codes: 0 done (and --min-phase reached), 1 --min-phase not reached,
2 usage, configuration or reading error.
`;

/**
 * Runs the command line; resolves to the process exit code.
 *
 * @public
 */
export async function main(
  argv: string[],
  io: { out: (text: string) => void; err: (text: string) => void } = {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text),
  },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'table' },
        'min-phase': { type: 'string' },
        type: { type: 'string' },
        config: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        'no-history': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, directory, ...rest] = positionals;
  if (command !== 'check' || !directory || rest.length > 0) {
    io.err(USAGE);
    return 2;
  }
  const format = FORMATS[values.format ?? 'table'];
  if (!format) {
    io.err(
      `Unknown --format "${values.format}"; expected one of ${Object.keys(
        FORMATS,
      ).join(', ')}\n`,
    );
    return 2;
  }

  // Paths are relative to where the user ran the command, also via `yarn`.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  try {
    const checklist = await loadChecklist(
      values.config ? path.resolve(cwd, values.config) : undefined,
    );
    const minPhase = values['min-phase'];
    if (minPhase && !checklist.phases.some(p => p.id === minPhase)) {
      io.err(
        `Unknown --min-phase "${minPhase}"; expected one of ${checklist.phases
          .map(p => p.id)
          .join(', ')}\n`,
      );
      return 2;
    }
    const report = await runCheck({
      directory,
      absoluteDirectory: path.resolve(cwd, directory),
      checklist,
      minPhase,
      type: values.type,
      history: !values['no-history'],
    });
    io.out(format({ ...report, verbose: values.verbose }));
    return report.gate && !report.gate.reached ? 1 : 0;
  } catch (error) {
    io.err(`maturity: ${(error as Error).message}\n`);
    return 2;
  }
}
