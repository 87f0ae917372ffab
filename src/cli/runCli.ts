import { parseArgs } from 'node:util';
import { ChronicleError, UnavailableError, ValidationError } from '../core/errors.ts';
import { loadConfig } from '../config.ts';
import { stripControlCharacters } from '../exports/plainText.ts';
import { openChronicle, type Chronicle } from '../main.ts';
import type { CliCommand, CliIo, CommandContext } from './context.ts';
import { exportCommand } from './exportCommand.ts';
import { factCommand } from './factCommand.ts';
import { importCommand } from './importCommand.ts';
import { rebuildCommand } from './rebuildCommand.ts';
import { serveCommand } from './serveCommand.ts';
import { checkCommand } from './checkCommand.ts';
import { reviseCommand } from './reviseCommand.ts';
import { sourceTextCommand } from './sourceTextCommand.ts';
import { timelineCommand } from './timelineCommand.ts';
import { backupCommand, restoreCommand } from './backupCommands.ts';
import { captureCommand } from './captureCommand.ts';

export const EXIT = { ok: 0, checkErrors: 1, badInput: 2, failure: 3 } as const;

const commands: readonly CliCommand[] = [
  serveCommand,
  importCommand,
  captureCommand,
  exportCommand,
  timelineCommand,
  factCommand,
  reviseCommand,
  sourceTextCommand,
  checkCommand,
  rebuildCommand,
  backupCommand,
  restoreCommand,
];

const GLOBAL_OPTIONS = {
  store: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: chronicle [--store URL] [--json] <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Global options:',
    '  --store URL   event store (default $CHRONICLE_STORE or sqlite:./data/chronicle.db)',
    '  --json        machine-readable output',
    '',
    'Exit status: 0 success, 1 check errors found, 2 bad input, 3 failure.',
    "Run 'chronicle <command> --help' for a command's options.",
    '',
  ].join('\n');
}

/** Runs one CLI invocation and returns its exit status; never throws, never prints a stack. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const json = argv.includes('--json');
  let chronicle: Chronicle | undefined;
  try {
    const commandAt = argv.findIndex((a, i) => !a.startsWith('-') && argv[i - 1] !== '--store');
    const name = commandAt >= 0 ? argv[commandAt] : undefined;
    if (!name) {
      if (argv.includes('--help') || argv.includes('-h')) {
        io.stdout(usage());
        return EXIT.ok;
      }
      io.stderr(usage());
      return EXIT.badInput;
    }
    const command = commands.find((c) => c.name === name);
    if (!command)
      throw ValidationError.at(
        'command',
        `unknown command ${JSON.stringify(name)}; commands: ${commands.map((c) => c.name).join(', ')}`,
      );
    const rest = [...argv.slice(0, commandAt), ...argv.slice(commandAt + 1)];
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      io.stdout(`${command.usage}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== command.positionals.length) {
      throw ValidationError.at(
        'arguments',
        command.positionals.length === 0
          ? `${command.name} takes no arguments, got ${positionals.join(' ')}`
          : `${command.name} expects ${command.positionals.join(' ')}; usage: ${command.usage.split('\n')[0]}`,
      );
    }
    const config = loadConfig(io.env);
    const storeUrl = typeof values.store === 'string' ? values.store : config.storeUrl;
    const ctx: CommandContext = {
      io,
      config,
      json,
      storeUrl,
      chronicle: async () =>
        (chronicle ??= await openChronicle({
          storeUrl,
          readModelsUrl: config.readModelsUrl,
          storeTimeoutMs: config.storeTimeoutMs,
          ...(io.clock ? { clock: io.clock } : {}),
          ...(io.newId ? { newId: io.newId } : {}),
        })),
      print(value, human) {
        // User text reaches the terminal without the control characters that would drive it.
        io.stdout(json ? `${JSON.stringify(value, bigintReplacer, 2)}\n` : stripControlCharacters(human()));
      },
      progress(text) {
        if (io.isTTY && !json) io.stderr(`\r\u001b[2K${text}`);
      },
    };
    return await command.run(ctx, values, positionals);
  } catch (error) {
    return reportError(io, json, error);
  } finally {
    await chronicle?.close();
  }
}

function parseCommandArgs(command: CliCommand, args: string[]) {
  try {
    return parseArgs({
      args,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw ValidationError.at('arguments', `${message}; usage: ${command.usage.split('\n')[0]}`);
  }
}

function bigintReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

function reportError(io: CliIo, json: boolean, error: unknown): number {
  const known = error instanceof ChronicleError && !(error instanceof UnavailableError);
  const code = known ? EXIT.badInput : EXIT.failure;
  const message = known ? error.message : `unexpected failure: ${(error as Error)?.message ?? String(error)}`;
  if (json) {
    const issues = error instanceof ValidationError ? error.issues : undefined;
    io.stderr(
      `${JSON.stringify({ error: { code: known ? error.code : 'failure', message, ...(issues ? { issues } : {}) } })}\n`,
    );
  } else {
    io.stderr(`chronicle: ${stripControlCharacters(message)}\n`);
  }
  if (!known && io.env.CHRONICLE_DEBUG === '1') io.stderr(`${(error as Error)?.stack ?? ''}\n`);
  return code;
}
