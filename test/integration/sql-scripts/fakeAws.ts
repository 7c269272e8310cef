import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the runner made, decoded. */
export interface FakeAwsCall {
  readonly service: 'ssm' | 'secretsmanager' | 'sns';
  readonly action: string;
  /** From the SigV4 credential scope: the Region the CLI signed for. */
  readonly region: string;
  readonly input: Record<string, unknown>;
}

export interface FakeAwsState {
  /** Parameter Store: name -> value; SecureStrings are only readable WithDecryption. */
  readonly parameters: Map<string, { value: string; secure?: boolean }>;
  readonly secrets: Map<string, string>;
}

/**
 * The three AWS APIs the bastion runner calls, just enough to prove it fetches the password itself and
 * publishes its result: SSM GetParameter and Secrets Manager GetSecretValue (JSON 1.1), SNS Publish (query
 * protocol). The AWS CLI reaches it through --endpoint-url, as it reaches the emulator in the local console.
 */
export class FakeAws {
  readonly calls: FakeAwsCall[] = [];
  readonly state: FakeAwsState = { parameters: new Map(), secrets: new Map() };
  private readonly server: Server = createServer((request, response) => {
    void this.answer(request).then(({ status, type, body }) => {
      response.writeHead(status, { 'content-type': type, 'x-amzn-requestid': randomUUID() });
      response.end(body);
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.url();
  }

  url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  reset(): void {
    this.calls.length = 0;
    this.state.parameters.clear();
    this.state.secrets.clear();
  }

  private async answer(request: IncomingMessage): Promise<{ status: number; type: string; body: string }> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const target = String(request.headers['x-amz-target'] ?? '');
    const region = /Credential=[^/]+\/\d+\/([^/]+)\//.exec(String(request.headers.authorization))?.[1] ?? '';
    const json = 'application/x-amz-json-1.1';
    const fault = (code: string, message: string) => ({
      status: 400,
      type: json,
      body: JSON.stringify({ __type: code, message }),
    });

    if (target === 'AmazonSSM.GetParameter') {
      const input = JSON.parse(raw) as { Name: string; WithDecryption?: boolean };
      this.calls.push({ service: 'ssm', action: 'GetParameter', region, input });
      const parameter = this.state.parameters.get(input.Name);
      if (!parameter) return fault('ParameterNotFound', '');
      const value = parameter.secure && !input.WithDecryption ? 'AQICAHencrypted==' : parameter.value;
      return {
        status: 200,
        type: json,
        body: JSON.stringify({
          Parameter: {
            Name: input.Name,
            Type: parameter.secure ? 'SecureString' : 'String',
            Value: value,
            Version: 1,
            DataType: 'text',
            LastModifiedDate: 1_700_000_000,
            ARN: `arn:aws:ssm:us-west-2:123456789012:parameter${input.Name}`,
          },
        }),
      };
    }
    if (target === 'secretsmanager.GetSecretValue') {
      const input = JSON.parse(raw) as { SecretId: string };
      this.calls.push({ service: 'secretsmanager', action: 'GetSecretValue', region, input });
      const secret = this.state.secrets.get(input.SecretId);
      if (secret === undefined) return fault('ResourceNotFoundException', "Secrets Manager can't find it");
      return {
        status: 200,
        type: json,
        body: JSON.stringify({
          ARN: `arn:aws:secretsmanager:us-west-2:123456789012:secret:${input.SecretId}-AbCdEf`,
          Name: input.SecretId,
          SecretString: secret,
          VersionId: randomUUID(),
          VersionStages: ['AWSCURRENT'],
          CreatedDate: 1_700_000_000,
        }),
      };
    }
    const form = new URLSearchParams(raw);
    if (form.get('Action') === 'Publish') {
      this.calls.push({ service: 'sns', action: 'Publish', region, input: Object.fromEntries(form) });
      return {
        status: 200,
        type: 'text/xml',
        body:
          '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult>' +
          `<MessageId>${randomUUID()}</MessageId></PublishResult><ResponseMetadata><RequestId>${randomUUID()}` +
          '</RequestId></ResponseMetadata></PublishResponse>',
      };
    }
    return fault('UnknownOperationException', `fake AWS does not implement ${target || form.get('Action')}`);
  }
}
