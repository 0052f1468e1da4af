// ML-DSA (FIPS 204; JOSE: RFC 9964) through @noble/post-quantum, loaded on first use with a
// dynamic import so the startup bundle and the scan worker do not carry it. JOSE signs the exact
// signing input with pure ML-DSA and an empty context; an AKP private key is the 32-byte seed.
type MlDsaModule = typeof import('@noble/post-quantum/ml-dsa.js');
type Dsa = MlDsaModule['ml_dsa44'];

let loading: Promise<MlDsaModule> | undefined;

async function dsaOf(alg: string): Promise<Dsa> {
  const mod = await (loading ??= import('@noble/post-quantum/ml-dsa.js'));
  const dsa = { 'ML-DSA-44': mod.ml_dsa44, 'ML-DSA-65': mod.ml_dsa65, 'ML-DSA-87': mod.ml_dsa87 }[alg];
  if (!dsa) throw new Error(`${alg} is not an ML-DSA parameter set.`);
  return dsa;
}

/** Whether `signature` is `alg`'s signature of `message` under public key `pub`; wrong lengths
 * are simply false. */
export async function verifyMlDsa(alg: string, pub: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const dsa = await dsaOf(alg);
  if (pub.length !== dsa.lengths.publicKey || signature.length !== dsa.lengths.signature) return false;
  return dsa.verify(signature, message, pub);
}

/** The signature of `message` with the key made from `seed` (hedged: random per signature). */
export async function signMlDsa(alg: string, seed: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const dsa = await dsaOf(alg);
  if (seed.length !== 32) throw new Error(`an ML-DSA private key ("priv") is a 32-byte seed, not ${seed.length} bytes`);
  return dsa.sign(message, dsa.keygen(seed).secretKey);
}

/** The public key of a seed, or a new seed and its public key when none is given. */
export async function mlDsaKeyPair(alg: string, seed?: Uint8Array): Promise<{ seed: Uint8Array; pub: Uint8Array }> {
  const dsa = await dsaOf(alg);
  const s = seed ?? crypto.getRandomValues(new Uint8Array(32));
  return { seed: s, pub: dsa.keygen(s).publicKey };
}
