import { checkFamily } from '../../domain/bastion/checkFamily.js';
import { cardScreen } from '../../screens/cardScreen.js';
import { parameterValueWords } from '../../speech/parameterValueWords.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS, SLOTS } from '../interactionModel.js';
import { SlotMissing, SlotValueUnknown } from '../slots/errors.js';
import { readSlot } from '../slots/readSlot.js';
import { answerBastionCheck } from './answerBastionCheck.js';

/** What run-check accepts as a parameter name (it checks again): no quotes, no shell or SQL syntax. */
const PARAMETER_NAME = /^[A-Za-z0-9_][A-Za-z0-9_. ()-]{0,79}$/;

/**
 * "What's the value of max connections on hr in Oregon?" A name from the slot's values is used as the
 * engine spells it; a name the model does not know is tried as heard (spaces become underscores, except on
 * SQL Server, whose option names have spaces).
 */
export const CheckInstanceParameterHandler = intentHandler(
  INTENTS.CheckInstanceParameter,
  (input, context) => {
    const { strings } = context;
    const slot = readSlot(input, SLOTS.parameter);
    if (!slot.id && !slot.spoken) throw new SlotMissing(SLOTS.parameter);
    const spokenName = slot.spoken ?? slot.id!.replace(/_/g, ' ');
    let parameter = '';
    return answerBastionCheck(
      input,
      context,
      ({ instance }) => {
        parameter =
          slot.id ??
          (checkFamily(instance.engine) === 'sqlserver'
            ? spokenName.toLowerCase()
            : spokenName.toLowerCase().replace(/\s+/g, '_'));
        if (!PARAMETER_NAME.test(parameter)) throw new SlotValueUnknown(SLOTS.parameter, spokenName);
        return { check: 'parameter', parameter };
      },
      (output, { instance, name, regionName }) => {
        const where = { instance: name, region: regionName };
        const title = strings.bastion.cards.parameter(name);
        const row = output.rows[0];
        if (!row) return { speech: strings.bastion.parameter.unknown(where, spokenName), card: { title } };
        const value = row.value ?? '';
        const speech = strings.bastion.parameter.value(
          where,
          spokenName,
          parameterValueWords(parameter, value, strings),
        );
        const exact = `${row.name ?? row.variable_name ?? parameter} = ${value}${row.unit ? ` (${row.setting} × ${row.unit})` : ''}`;
        return {
          speech,
          card: { title, content: `${speech}\n\n${exact}` },
          // The value exactly as the engine reports it, under the name the engine spells.
          screen: cardScreen(title, strings.screen.instanceTitle(name, instance.region, regionName), [
            {
              label: row.name ?? row.variable_name ?? parameter,
              value: `${value}${row.unit ? ` (${row.setting} × ${row.unit})` : ''}`,
            },
          ]),
        };
      },
    );
  },
);
