import { readFact } from '../../projections/queries/factQuery.ts';
import { execute } from '../commands/execute.ts';
import { ValidationError } from '../core/errors.ts';
import { SLUG_PATTERN } from '../core/slug.ts';
import type { CliCommand } from './context.ts';

export const reviseCommand: CliCommand = {
  name: 'revise',
  summary: 'revise a fact’s date, with the reason (kept in its history)',
  usage: 'chronicle revise FACT-ID --when EDTF --reason TEXT [--by NAME]',
  options: { when: { type: 'string' }, reason: { type: 'string' }, by: { type: 'string' } },
  positionals: ['FACT-ID'],
  async run(ctx, values, [id]) {
    if (!SLUG_PATTERN.test(id!)) throw ValidationError.at('id', `${JSON.stringify(id)} is not a fact id (a slug)`);
    if (typeof values.when !== 'string')
      throw ValidationError.at('when', 'is required: the new date, EDTF (e.g. 2022-04-21)');
    if (typeof values.reason !== 'string' || values.reason.trim() === '')
      throw ValidationError.at('reason', 'is required: why the date changes');
    const chronicle = await ctx.chronicle();
    const result = await execute(
      chronicle.write,
      'fact',
      id!,
      { type: 'ReviseFactDate', data: { factId: id!, when: values.when } },
      {
        metadata: { recordedBy: typeof values.by === 'string' ? values.by : ctx.config.user, reason: values.reason },
      },
    );
    await chronicle.runner.catchUp();
    const fact = readFact(chronicle.readModels(), id!);
    ctx.print(
      { fact, revision: Number(result.revision) },
      () => `${id} is now dated ${fact.when.label} (${fact.when.edtf}), revision ${fact.revision}\n`,
    );
    return 0;
  },
};
