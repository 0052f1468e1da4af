// The core's one entry. inspect() turns pasted text (and an optional key) into a Report; it
// never throws, never touches the DOM or the network, and reads the clock only when the caller
// gave no `now`.
import { extract, findNestedTokens, parseToken } from './parse';
import { knownKeys, readKeys } from './keys/cache';
import { keyReport } from './keys/report';
import { readCertificateChains } from './keys/certificates';
import { verifyToken, verifyEmbedded } from './verify';
import { findWeakSecret, verifyingSecret } from './secrets/weak';
import { confirmedHit } from './secrets/public-list';
import { tokenProfile } from './claims/profile';
import { proofVerdict } from './related/verdict';
import { relatedValue } from './related/pair';
import { relatedCheck } from './related/check';
import { describeClaims } from './claims/describe';
import { timeVerdict, usableLeeway } from './claims/time';
import { runRules } from './rules/run';
import { scanSecrets as scanExtracted, type ScanOptions, type ScanProgress, type ScanResult } from './secrets/scan';
import { summarize } from './summary';
import { signWith } from './sign';
import { forgeToken } from './forge';
import { encryptText } from './encrypt/index';
import { rules } from './rules/index';
import { decryptToken } from './decrypt/index';
import { decryptedTime, decryptedView, innerKeys, markDecryptionKey, nestedOfDecrypted } from './decrypt/report';
import { inputRangeOf, segmentViews, partView } from './report-parts';
import { exportReportWith, type ExportOptions } from './export/index';
import { holderJwk, holderJwkIn, readSdJwtAsync, splitCompact, splitJson } from './sd-jwt';
import { KB_SKIPPED_RULES, kbInput, sdPayload, sdReport } from './sd-jwt/inspect';
import { withKeyBinding } from './sd-jwt/summary';
import type { KeyParse } from './keys/types';
import type { ParsedToken } from './parse/types';
import type { EncryptInput, EncryptResult, Finding, ForgeOptions, ForgeResult, InspectInput, Report, RuleInfo, SignInput, SignResult, Thresholds } from './report';
import type { Resigning, RuleContext } from './rules/types';

export type * from './report';
export { summarize } from './summary';
export { DECRYPTION_WORDS, STATUS_WORDS } from './status-words';
export { generateKey } from './keys/generate';
export { convertKey } from './keys/convert';
// Edit mode's text edits and comparisons (pure), and the algs a key can sign with.
export { readJsonObject, setMember, type EditError, type EditResult, type TextChange } from './edit/members';
export { compareParts, type MemberChange } from './edit/compare';
export { signingAlgs, type SigningAlgs } from './edit/signing-algs';
export type { ScanProgress, ScanResult } from './secrets/scan';
export { findPublicSecret, PUBLIC_LIST_NAME } from './secrets/public-list';
export { needsPublicListCheck } from './secrets/public-check';
export { bySeverity, MASKED, shareableToken, type ExportOptions, type MaskOptions } from './export/index';
/** An SD-JWT presented without some Disclosures, its Key Binding JWT re-made when the key text
 * holds the Holder's private key (else kept, and no longer matching). Never throws. */
export { presentSdJwt } from './sd-jwt/present';

export const DEFAULT_LEEWAY = 60;
export const DEFAULT_THRESHOLDS: Thresholds = {
  accessTokenLifetime: 3600,
  maxLifetime: 86_400,
  longLivedLifetime: 30 * 86_400,
  staleAge: 30 * 86_400,
  accessTokenStaleAge: 86_400,
  millisecondsFrom: 1e11,
};

/** How deep nested tokens (cty JWT, JWT-valued claims) are followed. */
const MAX_NESTING = 4;

/** The catalogue entry of every rule, for the UI's explanations and references. */
export const ruleCatalog: readonly RuleInfo[] = rules.map(({ check: _check, keyAlone: _keyAlone, ...meta }) => meta);

/** The wordlist search for an HS* token's secret, over the token as pasted (a Bearer prefix, a
 * URL or quotes around it are removed first, as inspect() does; of an SD-JWT, its issuer-signed
 * JWT). Synchronous; `onProgress` returning false cancels. */
export function scanSecrets(
  token: string | ParsedToken,
  words: string | Uint8Array | readonly string[],
  onProgress?: (p: ScanProgress) => boolean | void,
  options?: ScanOptions,
): ScanResult {
  return scanExtracted(typeof token === 'string' ? extract(token).text : token, words, onProgress, options);
}

/** Signs the header and payload text exactly as typed with the key text (a private key or a
 * secret), and reports the produced token's findings from inspect() with the key's public part.
 * When `from` is a compact SD-JWT, its Disclosures follow the new JWT and its Key Binding JWT is
 * left out (`sd` in the result). Never throws: a bad header or key is `{ ok: false, error }`. */
export function sign(input: SignInput): Promise<SignResult> {
  return signWith(input, inspectResigned);
}

/** Attack variants of a compact token for testing a verifier (alg none, key confusion with the
 * public key in `opts.key`, embedded jwk, jku/x5u at `opts.url`, kid traversal, psychic
 * signature, unknown crit), each with the rule id inspect() reports on it given that key.
 * Never throws and never fetches: a token it cannot use is `{ ok: false, error }`. */
export function forge(token: string, opts?: ForgeOptions): Promise<ForgeResult> {
  return forgeToken(token, opts);
}

/** The report as Markdown (for a ticket) or JSON, with the values of `options.mask` claims masked
 * everywhere and the signature left out when `options.stripSignature`; never a secret. */
export function exportReport(report: Report, options: ExportOptions): string {
  return exportReportWith(report, options, ruleCatalog);
}

/** A text (usually a token) wrapped in a compact JWE for the recipient key in `input.key`, with
 * jose (loaded on first use); `cty` is "JWT" for a token. What this page cannot decrypt (192-bit
 * AES, RSA1_5, X448) it does not make. Never throws. */
export function encrypt(input: EncryptInput): Promise<EncryptResult> {
  return encryptText(input);
}

export function inspect(input: InspectInput): Promise<Report> {
  return inspectResigned(input);
}

/** inspect(), and for sign()'s own output the facts of the re-signing it made (rules-next.md P);
 * internal, so InspectInput stays what callers can give. */
async function inspectResigned(input: InspectInput, resigning?: Resigning): Promise<Report> {
  // The one place core reads the clock, and only when the caller did not pass it.
  // eslint-disable-next-line no-restricted-properties
  const now = input.now ?? Math.floor(Date.now() / 1000);
  try {
    return await inspectAt(input, now, [], 0, undefined, resigning);
  } catch (error) {
    return crashReport(input, now, error);
  }
}

/** `parsedKeys`: the outer token's reading of the same key text, so a nested token does not
 * parse (and ROCA-check) the key again. `resigning`: for sign()'s own output only (not passed
 * to nested tokens). `role` 'kb': an SD-JWT's Key Binding JWT (fewer rules run on it). */
async function inspectAt(
  input: InspectInput,
  now: number,
  path: string[],
  depth: number,
  parsedKeys?: KeyParse,
  resigning?: Resigning,
  role?: 'kb',
): Promise<Report> {
  const leeway = usableLeeway(input.leeway, DEFAULT_LEEWAY);
  const thresholds = { ...DEFAULT_THRESHOLDS, ...input.thresholds };
  const secretEncoding = input.secretEncoding ?? 'auto';

  const pasted = extract(input.token);
  // An SD-JWT (rules-next L): the issuer-signed JWT is inspected as the token, its Disclosures
  // and Key Binding JWT beside it.
  const sdSplit = depth === 0 ? splitCompact(pasted.text) : undefined;
  const extraction = sdSplit ? { ...pasted, text: sdSplit.issuer } : pasted;
  const parsed = parseToken(extraction);
  // No await when the key was read before: the signature check then starts in this very task,
  // and the browser's crypto runs while the page goes on drawing the paste.
  const keys = parsedKeys ?? knownKeys(input.key ?? '', secretEncoding) ?? (await readKeys(input.key ?? '', secretEncoding));
  const verdictPending = verifyToken(parsed, keys, { detachedPayload: input.payload });
  const embeddedPending = verifyEmbedded(parsed);
  // A JWE is decrypted with the same Key box; its plaintext is then the payload.
  const decryption = parsed.kind === 'jwe' ? await decryptToken(parsed, { ...input, key: input.key ?? '', secretEncoding }) : undefined;
  const token = decryptedView(parsed, decryption);

  const headerView = partView(token.header);
  const payloadView = token.payload
    ? { ...partView(token.payload.json, token.payload.bytes, token.payload.text)!, ...(token.payload.detached ? { detached: true as const } : {}) }
    : undefined;
  const header = headerView?.value;
  const split = sdSplit ?? (depth === 0 ? splitJson(token) : undefined);
  const issuerPayload = split ? sdPayload(payloadView?.value) : undefined;
  // The KB-JWT's own inspection (its key import and signature check) starts at once with a
  // `cnf.jwk` in plain text, and runs while the digests are taken and the page draws the paste;
  // it is made again only when the processed payload names another Holder key.
  const inspectKb = (text: string, holder: string | undefined) => inspectAt(kbInput(input, text, holder), now, [...path, 'kb'], depth + 1, undefined, undefined, 'kb');
  const plainHolder = holderJwkIn(issuerPayload);
  const kbEarly = split?.last ? inspectKb(split.last.text, plainHolder) : undefined;
  const sd = split ? await readSdJwtAsync(split, issuerPayload) : undefined;
  const again = sd?.kb && holderJwk(sd) !== plainHolder;
  if (again) void kbEarly?.catch(() => undefined);
  const kbPending = again ? inspectKb(sd.kb!.text, holderJwk(sd)) : kbEarly;
  const payload = sd ? sdPayload(sd.processed.claims) : payloadView?.value;
  const profile = tokenProfile(header, payload);
  const userVerdict = await verdictPending;
  const embeddedVerdict = await embeddedPending;
  // A DPoP proof without a user key is verified with its own header jwk (rules-next M).
  const verdict = proofVerdict(profile, userVerdict, embeddedVerdict);
  const related = depth === 0 ? relatedValue(input.related) : undefined;
  const weakSecret =
    findWeakSecret(token, header, payload, verifyingSecret(verdict, keys)) ?? confirmedHit(token, input.weakSecret);
  // The pasted key's certificates belong to the top-level report only (not each nested token).
  const noKey: KeyParse = { kind: 'none', candidates: [], setIssues: [] };
  const certificates = await readCertificateChains(depth === 0 ? { keys, keyText: input.key ?? '', header } : { keys: noKey, keyText: '', header });

  const ctx: RuleContext = {
    input: input.token,
    extraction,
    token,
    header,
    payload,
    keys,
    keyText: input.key ?? '',
    ...(certificates ? { certificates } : {}),
    verdict,
    embeddedVerdict,
    profile,
    now,
    leeway,
    thresholds,
    secretEncoding,
    weakSecret,
    ...(resigning ? { resigning } : {}),
    ...(decryption ? { decryption } : {}),
    ...(sd ? { sd } : {}),
    ...(related !== undefined ? { related } : {}),
  };
  const findings: Finding[] = runRules(ctx, role === 'kb' ? KB_RULES : undefined).map((f) => {
    const inputRange = inputRangeOf(f.at, extraction, token);
    return {
      ...f,
      ...(inputRange ? { inputRange } : {}),
      ...(path.length ? { path } : {}),
    };
  });

  const nested: Report['nested'] = [];
  if (depth < MAX_NESTING) {
    for (const inner of [...nestedOfDecrypted(decryption), ...findNestedTokens(token, payload)]) {
      const innerPath = [...path, inner.path];
      const innerKeyParse = inner.path === 'jwe' ? innerKeys(keys, decryption) : keys;
      const report = await inspectAt({ ...input, token: inner.text }, now, innerPath, depth + 1, innerKeyParse);
      nested.push({ path: innerPath, report });
      findings.push(...report.findings.map((f) => ({ ...f, path: f.path ?? innerPath, inputRange: undefined })));
    }
  }

  const kbReport = await kbPending;
  if (kbReport) {
    const kbPath = [...path, 'kb'];
    nested.push({ path: kbPath, report: kbReport });
    findings.push(...kbReport.findings.map((f) => ({ ...f, path: f.path ?? kbPath, inputRange: undefined })));
  }

  const inputView: Report['input'] = {
    text: input.token,
    stripped: extraction.stripped,
    token: pasted.text,
    ...(extraction.name !== undefined ? { name: extraction.name } : {}),
    ...(extraction.alternatives ? { alternatives: extraction.alternatives } : {}),
  };
  const keysView = markDecryptionKey(keyReport(keys), keys, decryption);
  const sdPart = sd ? sdReport(sd, kbReport, input, now) : undefined;
  const pairing = relatedCheck(ctx, findings);
  const summary = summarize({ signature: verdict, findings, input: inputView, keys: keysView, decryption, nested, profile, ...(pairing ? { related: pairing } : {}) });
  return {
    kind: sd ? 'sd-jwt' : token.kind,
    serialization: token.serialization,
    signature: verdict,
    ...(decryption ? { decryption: { status: decryption.status, alg: decryption.alg, enc: decryption.enc, ...(decryption.reason ? { reason: decryption.reason } : {}) } } : {}),
    summary: sdPart ? withKeyBinding(summary, sdPart) : summary,
    findings,
    input: inputView,
    segments: segmentViews(token, extraction),
    header: headerView,
    payload: payloadView,
    claims: describeClaims(token.payload?.json, now),
    time: decryptedTime(decryption, nested) ?? timeVerdict(payload, now, leeway),
    profile,
    keys: keysView,
    weakSecret,
    nested,
    now,
    leeway,
    ...(sdPart ? { sd: sdPart } : {}),
    ...(pairing ? { related: pairing } : {}),
  };
}

const KB_RULES = rules.filter((r) => !KB_SKIPPED_RULES.includes(r.id));

function crashReport(input: InspectInput, now: number, error: unknown): Report {
  const detail = error instanceof Error ? error.message : String(error);
  const leeway = usableLeeway(input.leeway, DEFAULT_LEEWAY);
  const signature: Report['signature'] = {
    status: 'malformed',
    reason: 'The inspector hit an internal error on this input; nothing was verified.',
    candidates: [],
  };
  const findings: Finding[] = [
    { rule: 'internal', severity: 'error', message: `Internal error while inspecting this token (${detail}). Please report it.` },
  ];
  return {
    kind: 'malformed',
    serialization: 'compact',
    signature,
    summary: summarize({ signature, findings }),
    findings,
    input: { text: input.token, stripped: [], token: input.token },
    segments: [],
    claims: [],
    time: { status: 'unknown', now, leeway },
    profile: { accessToken: false, atJwt: false, idToken: false, dpop: false },
    keys: { kind: 'none', candidates: [], setIssues: [] },
    nested: [],
    now,
    leeway,
  };
}
