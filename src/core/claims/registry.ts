// What each registered (and commonly seen) JWT claim means: the IANA "JSON Web Token Claims"
// registry plus well-known vendor claims. Data only; describe.ts and the UI read it.

export interface ClaimInfo {
  /** Human name, e.g. "Expiration time". */
  label: string;
  /** Where it is defined: 'RFC 7519', 'OIDC Core', 'RFC 9068', or a vendor. */
  source: string;
  /** One plain sentence on what it means. */
  description: string;
  /** The value is a NumericDate (seconds since 1970-01-01 UTC). */
  numericDate?: boolean;
}

const OIDC = 'OIDC Core';
const EAT = 'RFC 9711 (EAT)';
const PASSPORT = 'RFC 8225 (PASSporT)';
const SIP = 'RFC 8055';
const CDNI = 'RFC 9246 (CDNI)';
const IDA = 'OIDC Identity Assurance';
const ENTRA = 'Microsoft Entra ID';

type Row = [name: string, label: string, source: string, description: string, numericDate?: true];

const rows: Row[] = [
  // RFC 7519 §4.1
  ['iss', 'Issuer', 'RFC 7519', 'Who created and signed the token; verifiers should only accept issuers they trust.'],
  ['sub', 'Subject', 'RFC 7519', 'Who the token is about, usually a user or client id, unique within the issuer.'],
  ['aud', 'Audience', 'RFC 7519', 'Which service(s) the token is meant for; every other service must reject it.'],
  ['exp', 'Expiration time', 'RFC 7519', 'The moment after which the token must no longer be accepted.', true],
  ['nbf', 'Not before', 'RFC 7519', 'The moment before which the token must not be accepted yet.', true],
  ['iat', 'Issued at', 'RFC 7519', 'When the token was created; tells how old it is.', true],
  ['jti', 'JWT ID', 'RFC 7519', 'A unique id for this token, used to detect replays or to revoke it.'],
  // OpenID Connect Core §5.1 (standard claims)
  ['name', 'Full name', OIDC, "The user's full name for display."],
  ['given_name', 'Given name', OIDC, "The user's first name(s)."],
  ['family_name', 'Family name', OIDC, "The user's surname(s)."],
  ['middle_name', 'Middle name', OIDC, "The user's middle name(s)."],
  ['nickname', 'Nickname', OIDC, 'A casual name the user goes by.'],
  ['preferred_username', 'Preferred username', OIDC, 'The short name the user wants to be called; not unique and not stable, so never key accounts on it.'],
  ['profile', 'Profile page', OIDC, "URL of the user's profile page."],
  ['picture', 'Picture', OIDC, "URL of the user's profile picture."],
  ['website', 'Website', OIDC, "URL of the user's web page or blog."],
  ['email', 'E-mail', OIDC, "The user's preferred e-mail address; check email_verified before trusting it."],
  ['email_verified', 'E-mail verified', OIDC, 'Whether the issuer checked that the user controls that e-mail address.'],
  ['gender', 'Gender', OIDC, "The user's gender."],
  ['birthdate', 'Birth date', OIDC, "The user's birthday (YYYY-MM-DD, or just the year)."],
  ['zoneinfo', 'Time zone', OIDC, "The user's time zone, e.g. Europe/Paris."],
  ['locale', 'Locale', OIDC, "The user's language and country, e.g. en-US."],
  ['phone_number', 'Phone number', OIDC, "The user's preferred phone number."],
  ['phone_number_verified', 'Phone number verified', OIDC, 'Whether the issuer checked that the user controls that phone number.'],
  ['address', 'Postal address', OIDC, "The user's postal address (a JSON object)."],
  ['updated_at', 'Profile updated at', OIDC, "When the user's profile information last changed.", true],
  // OpenID Connect Core §2 (ID token)
  ['azp', 'Authorized party', OIDC, 'The client the ID token was issued to, when it differs from the audience.'],
  ['nonce', 'Nonce', OIDC, "A value from the client's login request; the client checks it to stop replayed ID tokens."],
  ['auth_time', 'Authentication time', OIDC, 'When the user last actively logged in.', true],
  ['at_hash', 'Access token hash', OIDC, 'Half of a hash of the access token issued with this ID token, binding the two.'],
  ['c_hash', 'Code hash', OIDC, 'Half of a hash of the authorization code issued with this ID token, binding the two.'],
  ['acr', 'Authentication context class', OIDC, 'How strongly the user was authenticated (a level or policy name).'],
  ['amr', 'Authentication methods', OIDC, 'How the user logged in, e.g. ["pwd", "mfa"].'],
  ['sub_jwk', 'Subject public key', OIDC, 'The public key of a self-issued OpenID provider.'],
  ['sid', 'Session ID', 'OIDC Front-Channel Logout', 'Identifies the login session at the issuer, used for logout.'],
  ['_claim_names', 'Aggregated claim names', OIDC, 'Maps claim names to the sources in _claim_sources.'],
  ['_claim_sources', 'Claim sources', OIDC, 'Where aggregated or distributed claims come from.'],
  // RFC 9068 (JWT access tokens), RFC 8693 (token exchange), RFC 7643 (SCIM)
  ['client_id', 'Client ID', 'RFC 8693 / RFC 9068', 'The OAuth client that requested the token.'],
  ['scope', 'Scope', 'RFC 8693 / RFC 9068', 'The permissions granted, as space-separated names.'],
  ['roles', 'Roles', 'RFC 7643 / RFC 9068', 'Roles the subject holds, which the API may use for access decisions.'],
  ['groups', 'Groups', 'RFC 7643 / RFC 9068', 'Groups the subject belongs to, which the API may use for access decisions.'],
  ['entitlements', 'Entitlements', 'RFC 7643 / RFC 9068', 'Rights the subject holds, which the API may use for access decisions.'],
  ['act', 'Actor', 'RFC 8693', 'The party acting on behalf of the subject (delegation), possibly nested.'],
  ['may_act', 'May act', 'RFC 8693', 'Who is allowed to act on behalf of the subject.'],
  ['authorization_details', 'Authorization details', 'RFC 9396', 'Fine-grained permissions (rich authorization requests).'],
  ['token_introspection', 'Token introspection', 'RFC 9701', 'The introspection response of another token, carried in a signed JWT.'],
  // Proof of possession: RFC 7800, RFC 9449 (DPoP)
  ['cnf', 'Confirmation', 'RFC 7800', 'The key (or its thumbprint) the holder must prove it owns; binds the token to that key.'],
  ['htm', 'HTTP method', 'RFC 9449 (DPoP)', 'The HTTP method of the request this DPoP proof is for.'],
  ['htu', 'HTTP URL', 'RFC 9449 (DPoP)', 'The URL of the request this DPoP proof is for.'],
  ['ath', 'Access token hash', 'RFC 9449 (DPoP)', 'A hash of the access token this DPoP proof goes with.'],
  // Security event tokens (RFC 8417) and subject identifiers (RFC 9493)
  ['events', 'Events', 'RFC 8417 (SET)', 'The security events this token reports (e.g. a logout).'],
  ['toe', 'Time of event', 'RFC 8417 (SET)', 'When the reported event happened.', true],
  ['txn', 'Transaction ID', 'RFC 8417 (SET)', 'Links tokens and events that belong to one transaction.'],
  ['sub_id', 'Subject identifier', 'RFC 9493', 'Who the token is about, as a structured identifier.'],
  // Vectors of trust (RFC 8485)
  ['vot', 'Vector of trust', 'RFC 8485', 'The trust levels the issuer asserts for this login.'],
  ['vtm', 'Vector trust mark', 'RFC 8485', 'URL of the definition of the vector of trust values.'],
  // Telephony: PASSporT / STIR (RFC 8225, 8443, 8588, 8055)
  ['orig', 'Originator', PASSPORT, 'The calling party of a signed telephone call.'],
  ['dest', 'Destination', PASSPORT, 'The called party of a signed telephone call.'],
  ['mky', 'Media key fingerprint', PASSPORT, 'Fingerprints of the media encryption keys of the call.'],
  ['rph', 'Resource priority', 'RFC 8443', 'The priority of an emergency or government call.'],
  ['attest', 'Attestation level', 'RFC 8588 (SHAKEN)', 'How well the carrier knows the caller (A, B or C).'],
  ['origid', 'Origination ID', 'RFC 8588 (SHAKEN)', 'An opaque id of where the call entered the network.'],
  ['sip_from_tag', 'SIP From tag', SIP, 'The From tag of the SIP request.'],
  ['sip_date', 'SIP Date', SIP, 'The Date header of the SIP request.'],
  ['sip_callid', 'SIP Call-ID', SIP, 'The Call-ID of the SIP request.'],
  ['sip_cseq_num', 'SIP CSeq number', SIP, 'The CSeq number of the SIP request.'],
  ['sip_via_branch', 'SIP Via branch', SIP, 'The Via branch parameter of the SIP request.'],
  // Entity attestation tokens (RFC 9711)
  ['eat_nonce', 'Nonce', EAT, 'A fresh value from the verifier, proving the attestation is recent.'],
  ['ueid', 'Device ID', EAT, 'A universally unique, permanent id of the device.'],
  ['sueid', 'Semi-permanent device IDs', EAT, 'Device ids that change, e.g. on factory reset.'],
  ['oemid', 'Manufacturer ID', EAT, 'Who made the device.'],
  ['hwmodel', 'Hardware model', EAT, 'The model of the device hardware.'],
  ['hwversion', 'Hardware version', EAT, 'The version of the device hardware.'],
  ['swname', 'Software name', EAT, 'The name of the software running on the device.'],
  ['swversion', 'Software version', EAT, 'The version of the software running on the device.'],
  ['oemboot', 'Manufacturer-authorized boot', EAT, 'Whether the device booted software its maker authorized.'],
  ['secboot', 'Secure boot', EAT, 'Whether secure boot is enabled on the device.'],
  ['dbgstat', 'Debug status', EAT, 'Whether debugging is enabled or disabled on the device.'],
  ['location', 'Location', EAT, 'Where the device is (coordinates).'],
  ['uptime', 'Uptime', EAT, 'Seconds since the device booted.'],
  ['bootcount', 'Boot count', EAT, 'How many times the device has booted.'],
  ['bootseed', 'Boot seed', EAT, 'A random value that changes on every boot.'],
  ['dloas', 'Certifications', EAT, 'Certifications the device holds.'],
  ['manifests', 'Software manifests', EAT, 'Manifests describing the installed software.'],
  ['measurements', 'Measurements', EAT, 'Measurements (hashes) of the installed software.'],
  ['measres', 'Measurement results', EAT, 'Results of comparing measurements with expected values.'],
  ['intuse', 'Intended use', EAT, 'What the attestation is meant to be used for.'],
  ['eat_profile', 'EAT profile', EAT, 'Which profile of the attestation format this token follows.'],
  ['submods', 'Submodules', EAT, 'Attestations of parts of the device.'],
  // CDNI URI signing (RFC 9246)
  ['cdniv', 'CDNI claim set version', CDNI, 'The version of the CDN URI-signing claims.'],
  ['cdnicrit', 'CDNI critical claims', CDNI, 'CDN claims that must be understood.'],
  ['cdniip', 'CDNI client IP', CDNI, 'The client IP address the signed URL is restricted to.'],
  ['cdniuc', 'CDNI URI container', CDNI, 'The URL(s) this token grants access to.'],
  ['cdniets', 'CDNI expiration setting', CDNI, 'Seconds added to the current time to refresh the signed URL.'],
  ['cdnistt', 'CDNI signed token transport', CDNI, 'How the refreshed token is passed on.'],
  ['cdnistd', 'CDNI path depth', CDNI, 'The path depth used when the token is in the URL path.'],
  // OIDC identity assurance
  ['verified_claims', 'Verified claims', IDA, 'Claims the issuer verified, with how they were verified.'],
  ['place_of_birth', 'Place of birth', IDA, "The user's place of birth."],
  ['nationalities', 'Nationalities', IDA, "The user's nationalities."],
  ['birth_family_name', 'Family name at birth', IDA, "The user's family name at birth."],
  ['birth_given_name', 'Given name at birth', IDA, "The user's given name at birth."],
  ['salutation', 'Salutation', IDA, 'How to address the user, e.g. Mrs.'],
  ['title', 'Title', IDA, "The user's title, e.g. Dr."],
  ['msisdn', 'Phone number (MSISDN)', IDA, "The user's mobile phone number."],
  // Widely seen vendor claims (not in the IANA registry)
  ['scp', 'Scopes', ENTRA, 'The permissions granted (Entra ID and others use scp instead of scope).'],
  ['oid', 'Object ID', ENTRA, 'The immutable id of the user or app in the Entra directory.'],
  ['tid', 'Tenant ID', ENTRA, 'The Entra directory (tenant) the user belongs to.'],
  ['upn', 'User principal name', ENTRA, "The user's sign-in name; it can change, so never key accounts on it."],
  ['appid', 'Application ID', ENTRA, 'The client application that requested the token (v1 tokens).'],
  ['realm_access', 'Realm roles', 'Keycloak', 'Roles the user holds in the Keycloak realm.'],
  ['resource_access', 'Client roles', 'Keycloak', 'Roles the user holds per client application.'],
  ['token_use', 'Token use', 'Amazon Cognito', 'Whether this is an access or an ID token.'],
];

/** Registered claim name → its meaning. */
export const claimRegistry: ReadonlyMap<string, ClaimInfo> = new Map(
  rows.map(([name, label, source, description, numericDate]) => [
    name,
    numericDate ? { label, source, description, numericDate } : { label, source, description },
  ]),
);
