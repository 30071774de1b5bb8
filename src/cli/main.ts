#!/usr/bin/env node
import { AppError } from '../server/http/errors.js';
import { UsageError, type CliCommand, type CliIo } from './cli-context.js';
import { cliCommands } from './commands/index.js';

function usage(commands: CliCommand[]): string {
  return `Usage: lockstep <command>\n\nCommands:\n${commands.map((c) => `  ${c.usage}`).join('\n')}\n`;
}

/** Runs one command line; returns the exit status (0 success, 1 a finding, 2 bad usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const match = cliCommands
    .filter((c) => {
      const words = c.name.split(' ');
      return words.every((w, i) => argv[i] === w);
    })
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (!match || argv[0] === '--help' || argv[0] === 'help') {
    (match ? io.stdout : io.stderr)(usage(cliCommands));
    return argv[0] === '--help' || argv[0] === 'help' ? 0 : 2;
  }
  try {
    return await match.run(argv.slice(match.name.split(' ').length), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${match.usage}\n`);
      return 2;
    }
    if (error instanceof AppError) {
      io.stderr(`${error.message}\n`);
      return error.status === 400 || error.status === 404 ? 2 : 1;
    }
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

const isMain = process.argv[1] && /cli[/\\]main\.(ts|js)$/.test(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
