/** `npm start -- --help` and `npm run say -- --help`. */
export const consoleUsage = `Usage:
  npm start [-- options]                    interactive console (terminal + web page)
  npm run say -- [options] "utterance" ...  answer one utterance, or several as one conversation, and exit

Options:
  --fleet FILE          seed the emulator from your own fleet file (YAML or JSON); the demo fleet otherwise
  --json                say: print the turns (requests, responses, calls) as JSON; start: show the JSON of every turn
  --request             show each request envelope sent to the skill
  --response            show each response envelope the skill returned
  --calls               show the emulator's call log after every answer
  --screen [KIND]       say: a device with a screen (APL): hub (landscape, the default), round or tv
  --locale L            the device's locale: en-US (default), en-GB, en-CA, en-AU, en-IN or any other with
                        interaction-model/<L>.json (any case: en-gb is en-GB); Alexa understands and the
                        skill answers in it
  --model-dir DIR       read the interaction models from DIR/<L>.json, as \`npm run model -- --out DIR\`
                        writes them (your fleet's names), instead of interaction-model/
  --source              run src/skill/index.ts through tsx instead of the bundle in dist/skill
  --logs                let the skill's log lines through (on stderr)
  --web-port N          start: web console port (default 4321, a free port if taken)
  --no-web              start: no web console
  --emulator-port N     the emulator's port (a free one by default)
  -h, --help            this text`;
