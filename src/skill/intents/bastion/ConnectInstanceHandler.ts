import { cardScreen } from '../../screens/cardScreen.js';
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
      const { labels } = strings.screen.connectCard;
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
        screen: cardScreen(
          strings.bastion.cards.connect(name),
          strings.screen.instanceTitle(name, instance.region, regionName),
          [
            { label: labels.connection, value: strings.screen.connectCard.connected },
            {
              label: labels.engine,
              value: [strings.engineName(instance.engine), row.version ?? ''].join(' ').trim(),
            },
            ...(row.open_mode ? [{ label: labels.openMode, value: row.open_mode }] : []),
            ...(row.database_role ? [{ label: labels.role, value: row.database_role }] : []),
          ],
        ),
      };
    },
  );
});
