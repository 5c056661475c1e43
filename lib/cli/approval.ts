/**
 * `npm run --silent approval -- keygen --name NAME --role ROLE [--unit UNIT] --out DIR`
 *   writes DIR/private.jwk (mode 600) and DIR/public.jwk and prints the fingerprint.
 * `npm run --silent approval -- sign --key DIR/private.jwk --level general|important|major
 *   [--hours 72] [--platform P] [--account A] DRAFT` prints an approval token for the draft.
 * Exit 0 on success, 2 for bad usage with a one-line reason on stderr (as `check`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import '../settings/chinese-issues';
import { draftHash } from '../engine/canonical';
import {
  ECDSA_PARAMS,
  bareJwk,
  ecPublicJwkSchema,
  exportPublicJwk,
  fingerprintOf,
  generateSigningKey,
  keyId,
  publicKeyFile,
} from '../approval/keys';
import { REVIEWER_TITLES, canSign, parseTitle } from '../approval/titles';
import { signApproval } from '../approval/token';
import { TIERS, type Tier } from '../engine/rule';
import { translator, type Locale } from '../i18n';
import { RULESET_VERSION } from '../rules';
import { UsageError, type RunResult } from './exit';
import { loadDraft } from './loaders';

/** `npm run` starts scripts in the package root; paths are the user's, relative to where they typed. */
const abs = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);

/** private.jwk: the JWK with the private scalar, and who the key belongs to. */
export const privateKeyFileSchema = z.object({
  ...ecPublicJwkSchema.shape,
  d: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  name: z.string().trim().min(1).max(50),
  unit: z.string().trim().max(100).optional(),
  role: z.enum(REVIEWER_TITLES),
});

async function keygen(values: Record<string, string | undefined>, tr: ReturnType<typeof translator>): Promise<RunResult> {
  for (const option of ['name', 'role', 'out'] as const)
    if (!values[option]?.trim()) throw new UsageError(tr('cli.approval.missing', { option: `--${option}` }));
  const role = parseTitle(values.role!);
  if (!role) throw new UsageError(tr('cli.approval.badRole'));
  const dir = abs(values.out!);
  const privatePath = join(dir, 'private.jwk');
  const publicPath = join(dir, 'public.jwk');
  for (const file of [privatePath, publicPath]) if (existsSync(file)) throw new UsageError(tr('cli.approval.exists', { file }));
  // On disk the private key has to be extractable; the extension's keys never are.
  const pair = await generateSigningKey(true);
  const publicKey = await exportPublicJwk(pair.publicKey);
  const d = (await crypto.subtle.exportKey('jwk', pair.privateKey)).d!;
  const kid = await keyId(publicKey);
  const who = { name: values.name!.trim(), ...(values.unit?.trim() ? { unit: values.unit.trim() } : {}), role };
  mkdirSync(dir, { recursive: true });
  writeFileSync(privatePath, `${JSON.stringify({ ...publicKey, d, kid, alg: 'ES256', use: 'sig', ...who }, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(publicPath, `${JSON.stringify(publicKeyFile({ kid, publicKey, ...who }), null, 2)}\n`);
  return {
    code: 0,
    stdout: `${tr('cli.approval.wrote', { private: privatePath, public: publicPath, fingerprint: fingerprintOf(kid) })}\n`,
    stderr: '',
  };
}

async function sign(values: Record<string, string | undefined>, files: string[], tr: ReturnType<typeof translator>): Promise<RunResult> {
  if (!values.key) throw new UsageError(tr('cli.approval.missing', { option: '--key' }));
  if (!values.level) throw new UsageError(tr('cli.approval.missing', { option: '--level' }));
  if (!(TIERS as readonly string[]).includes(values.level)) throw new UsageError(tr('cli.approval.badLevel'));
  const tier = values.level as Tier;
  if (files.length !== 1) throw new UsageError(tr('cli.approval.usage'));
  const hours = values.hours === undefined ? undefined : Number(values.hours);
  if (hours !== undefined && !(Number.isFinite(hours) && hours >= 1 && hours <= 720)) throw new UsageError(tr('cli.approval.badHours'));

  let key: z.infer<typeof privateKeyFileSchema>;
  try {
    const parsed = privateKeyFileSchema.safeParse(JSON.parse(readFileSync(abs(values.key), 'utf8')));
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    key = parsed.data;
  } catch (e) {
    throw new UsageError(
      tr('cli.approval.badKeyFile', { file: values.key, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }),
    );
  }
  if (!canSign(key.role, tier))
    throw new UsageError(tr('cli.approval.notEntitled', { title: tr(`approval.title.${key.role}`), tier: tr(`tier.${tier}`) }));
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('jwk', { ...bareJwk(key), d: key.d }, ECDSA_PARAMS, false, ['sign']);
  } catch (e) {
    throw new UsageError(tr('cli.approval.badKeyFile', { file: values.key, reason: (e as Error).message }));
  }
  const loaded = loadDraft(files[0], tr);
  const result = await signApproval(
    {
      sha256: await draftHash(loaded.draft),
      tier,
      kid: await keyId(key),
      name: key.name,
      ...(key.unit ? { unit: key.unit } : {}),
      role: key.role,
      ...(values.platform ? { platform: values.platform } : {}),
      ...(values.account ? { account: values.account } : {}),
      ruleset: RULESET_VERSION,
      ...(hours !== undefined ? { validityHours: hours } : {}),
    },
    privateKey,
  );
  if (!result.ok) throw new UsageError(tr(`approval.sign.${result.reason}`));
  return { code: 0, stdout: `${result.token}\n`, stderr: '' };
}

export async function runApproval(argv: string[]): Promise<RunResult> {
  const locale: Locale = process.env.GOVPOST_LANG === 'en' ? 'en' : 'zh';
  const tr = translator(locale);
  try {
    const [command, ...rest] = argv;
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: {
          name: { type: 'string' },
          role: { type: 'string' },
          unit: { type: 'string' },
          out: { type: 'string' },
          key: { type: 'string' },
          level: { type: 'string' },
          hours: { type: 'string' },
          platform: { type: 'string' },
          account: { type: 'string' },
        },
      });
    } catch (e) {
      const option = /'([^']+)'/.exec((e as Error).message)?.[1] ?? (e as Error).message;
      throw new UsageError(tr('cli.error.unknownOption', { option }));
    }
    if (command === 'keygen') return await keygen(parsed.values, tr);
    if (command === 'sign') return await sign(parsed.values, parsed.positionals, tr);
    throw new UsageError(tr('cli.approval.usage'));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { code: 2, stdout: '', stderr: `${message.replace(/\n/g, ' ')}\n` };
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runApproval(process.argv.slice(2)).then((result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  });
}
