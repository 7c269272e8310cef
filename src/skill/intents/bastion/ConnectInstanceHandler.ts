import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { answerBastionCheck } from './answerBastionCheck.js';
import { spokenVersion } from './spokenVersion.js';

/** "Connect to hr in Oregon": the bastion logs in and reports the version and open mode. */
export const ConnectInstanceHandler = intentHandler(INTENTS.ConnectInstance, (input, context) => {
  const { strings } = context;
  return answerBastionCheck(
    input,
    context,
    () => ({ check: 'connect' }),
    (output, { instance, name, regionName }) => {
      const row = output.rows[0] ?? {};
      const role = row.database_role && row.database_role !== 'PRIMARY' ? row.database_role : undefined;
      return {
        speech: strings.bastion.connect.reachable(
          { instance: name, region: regionName },
          strings.engineName(instance.engine),
          spokenVersion(row.version ?? ''),
          row.open_mode ?? '',
          role,
        ),
        card: { title: strings.bastion.cards.connect(name) },
      };
    },
  );
});
