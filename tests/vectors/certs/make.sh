#!/bin/sh
# Makes the test certificates of tests/vectors/certs (see README.md). OpenSSL 3.0 or later.
# Run from this folder: sh make.sh. Keys are fresh on every run, so the files change; the tests
# read only what the certificates say of themselves and of each other.
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/new"
: >"$work/index.txt"
echo 01 >"$work/serial"
cat >"$work/ca.cnf" <<CNF
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = $work
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
default_md = default
policy = any_name
unique_subject = no
[ any_name ]
commonName = supplied
[ ca_ext ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ leaf_ext ]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature
subjectKeyIdentifier = hash
CNF

key() { # name, genpkey arguments
  name=$1; shift
  openssl genpkey "$@" -out "$name.key.pem" 2>/dev/null
}
# cert name CN from to extension [issuer] [extra openssl ca options]: issuer empty = self-signed
cert() {
  name=$1 cn=$2 from=$3 to=$4 ext=$5 issuer=${6:-}; shift 6 2>/dev/null || shift $#
  openssl req -new -key "$name.key.pem" -subj "/CN=$cn" -out "$work/$name.csr"
  if [ -z "$issuer" ]; then signer="-selfsign -keyfile $name.key.pem"
  else signer="-cert $issuer.pem -keyfile $issuer.key.pem"; fi
  # shellcheck disable=SC2086
  openssl ca -batch -notext -config "$work/ca.cnf" $signer -in "$work/$name.csr" \
    -startdate "$from" -enddate "$to" -extensions "$ext" -out "$name.pem" "$@" 2>/dev/null
}

key root-rsa -algorithm RSA -pkeyopt rsa_keygen_bits:2048
key intermediate-p384 -algorithm EC -pkeyopt ec_paramgen_curve:P-384
key leaf-p256 -algorithm EC -pkeyopt ec_paramgen_curve:P-256
key impostor-p384 -algorithm EC -pkeyopt ec_paramgen_curve:P-384
key self-p256 -algorithm EC -pkeyopt ec_paramgen_curve:P-256
key self-p521 -algorithm EC -pkeyopt ec_paramgen_curve:P-521
key self-ed25519 -algorithm ED25519
key self-rsa-pss -algorithm RSA -pkeyopt rsa_keygen_bits:2048
key expired-rsa -algorithm RSA -pkeyopt rsa_keygen_bits:2048
key future-p256 -algorithm EC -pkeyopt ec_paramgen_curve:P-256

# A chain: RSA root (sha256WithRSAEncryption) -> P-384 intermediate -> P-256 leaf (ecdsa-with-SHA384).
cert root-rsa 'Test Root CA' 20200101000000Z 20400101000000Z ca_ext '' -md sha256
cert intermediate-p384 'Test Intermediate CA' 20210101000000Z 20390101000000Z ca_ext root-rsa -md sha256
cert leaf-p256 'leaf.example' 20250601000000Z 20270601000000Z leaf_ext intermediate-p384 -md sha384
# The intermediate's name on another key: names chain, signatures do not.
cert impostor-p384 'Test Intermediate CA' 20210101000000Z 20390101000000Z ca_ext '' -md sha384
# Self-signed leaves, one per signature algorithm the verifier handles.
cert self-p256 'self-p256.example' 20250101000000Z 20300101000000Z leaf_ext '' -md sha256
cert self-p521 'self-p521.example' 20250101000000Z 20300101000000Z leaf_ext '' -md sha512
cert self-ed25519 'self-ed25519.example' 20250101000000Z 20300101000000Z leaf_ext ''
cert self-rsa-pss 'self-rsa-pss.example' 20250101000000Z 20300101000000Z leaf_ext '' -md sha256 \
  -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32
# Outside their validity periods at 2026-01-01 (the tests' clock).
cert expired-rsa 'expired.example' 20200101000000Z 20210101000000Z leaf_ext '' -md sha256
cert future-p256 'future.example' 20300101000000Z 20310101000000Z leaf_ext '' -md sha256

# Only the keys the tests sign with stay; the others are not needed.
for k in *.key.pem; do
  case $k in leaf-p256.key.pem|self-p256.key.pem|expired-rsa.key.pem|future-p256.key.pem) ;; *) rm "$k" ;; esac
done
