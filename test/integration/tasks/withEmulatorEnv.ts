/**
 * Points every SDK client the skill creates at the emulator, the way the local console does (endpoint
 * configuration, never a code branch), with dummy credentials. Returns the function that restores the env.
 */
export function withEmulatorEnv(url: string): () => void {
  const values: Record<string, string> = {
    AWS_ENDPOINT_URL: url,
    AWS_ACCESS_KEY_ID: 'AKIAEMULATORTEST',
    AWS_SECRET_ACCESS_KEY: 'emulator-test-secret',
    AWS_REGION: 'us-west-2',
  };
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
