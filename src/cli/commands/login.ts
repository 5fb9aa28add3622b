import type { Command } from '../command.js';
import { UsageError } from '../../errors/index.js';
import { normalizeAuthKey, RegistryClient, saveCredential, type Credential } from '../../registry/index.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one line from the terminal; with `hidden`, without echoing it. */
async function prompt(question: string, hidden: boolean): Promise<string> {
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  if (hidden) {
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => write(s.startsWith(question) ? s : '');
  }
  try {
    return await new Promise((resolve) => rl.question(question, resolve));
  } finally {
    if (hidden) process.stderr.write('\n');
    rl.close();
  }
}

export const command: Command = {
  name: 'login',
  summary: 'Log in to a registry',
  usage: '[OPTIONS] REGISTRY',
  options: [
    { name: 'username', short: 'u', type: 'string', value: 'USER', description: 'User name' },
    { name: 'password-stdin', type: 'boolean', description: 'Read the password from stdin' },
  ],
  async run(ctx, args) {
    const [registry, ...extra] = args.positionals;
    if (registry === undefined || extra.length > 0) throw new UsageError('dabba login: name one registry, e.g. dabba login ghcr.io');
    const host = normalizeAuthKey(registry);
    const interactive = Boolean(process.stdin.isTTY);
    let username = args.options.username as string | undefined;
    let password: string;
    if (args.options['password-stdin']) {
      if (!username) throw new UsageError('dabba login: --password-stdin needs --username');
      password = (await readStdin()).replace(/\r?\n$/, '');
    } else {
      if (!interactive) throw new UsageError('dabba login: no terminal to ask for the password', { hint: 'pipe it in: echo "$TOKEN" | dabba login -u USER --password-stdin REGISTRY' });
      username ??= await prompt('Username: ', false);
      password = await prompt('Password: ', true);
    }
    if (!username || !password) throw new UsageError('dabba login: the user name and the password must not be empty');
    const cred: Credential = { username, password };
    const client = new RegistryClient({ env: ctx.env, credentials: async (r) => (r === host ? cred : undefined), retries: 1 });
    try {
      await client.verifyLogin(host);
    } finally {
      await client.close();
    }
    const file = await saveCredential(host, cred, ctx.env);
    ctx.out.info(`credentials saved in ${file}`);
    ctx.out.print('Login Succeeded');
    return 0;
  },
};
