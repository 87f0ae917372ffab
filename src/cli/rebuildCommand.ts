import type { CliCommand } from './context.ts';

export const rebuildCommand: CliCommand = {
  name: 'rebuild',
  summary: 'rebuild every read model from the log (into fresh tables, swapped in at the end)',
  usage: 'chronicle rebuild',
  options: {},
  positionals: [],
  async run(ctx) {
    const chronicle = await ctx.chronicle();
    const started = performance.now();
    const events = await chronicle.runner.rebuild((n) => ctx.progress(`rebuilding: ${n} events`));
    ctx.progress('');
    const seconds = (performance.now() - started) / 1000;
    ctx.print({ events, seconds }, () => `Rebuilt the read models from ${events} events in ${seconds.toFixed(2)} s\n`);
    return 0;
  },
};
