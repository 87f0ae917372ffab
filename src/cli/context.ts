import type { Clock } from '../core/clock.ts';
import type { Config } from '../config.ts';
import type { Chronicle } from '../main.ts';

/** The outside world as the CLI sees it; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (progress is shown only there). */
  readonly isTTY: boolean;
  readonly cwd: string;
  readonly clock?: Clock;
  readonly newId?: () => string;
}

export interface CommandContext {
  readonly io: CliIo;
  readonly config: Config;
  readonly json: boolean;
  /** The store URL this invocation works on (`--store`, else the configuration). */
  readonly storeUrl: string;
  /** Opens the store on first use (so `--help` never touches it). */
  chronicle(): Promise<Chronicle>;
  /** Prints `value` as JSON when `--json`, else the text `human()` returns. */
  print(value: unknown, human: () => string): void;
  /** A progress line on the terminal (overwritten in place); nothing when not a TTY or with --json. */
  progress(text: string): void;
}

export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  /** Positional arguments it takes: exact count. */
  readonly positionals: readonly string[];
  run(
    ctx: CommandContext,
    values: Record<string, string | boolean | string[] | undefined>,
    positionals: string[],
  ): Promise<number>;
}
