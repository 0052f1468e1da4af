// Recognisers for reconnaissance data: internal addresses and host names, filesystem paths,
// database connection strings and stack traces.
import { parseIpv4, ipv4Risk, ipv6Risk } from './ip-ranges';
import { hostReasons } from './url-risk';

const MAX_SCAN = 4096;

// Each regex runs only when the text holds a character that regex cannot match without
// (a plain group name like "grp-000123-engineering" then costs a few indexOf calls).
const CHECKS: [string, (text: string) => boolean][] = [
  [
    'a database connection string',
    (t) => (t.includes('://') && DB_URL.test(t)) || (t.includes('=') && ADO_SERVER.test(t) && ADO_DATABASE.test(t)),
  ],
  ['a stack trace', (t) => hasStackTrace(t)],
  ['a private IP address', (t) => privateIp(t)],
  ['an internal host name', (t) => t.includes('.') && internalHost(t)],
  ['a server filesystem path', (t) => (t.includes('/') && UNIX_PATH.test(t)) || (t.includes('\\') && WINDOWS_PATH.test(t))],
];

const DB_URL = /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|oracle|cassandra|couchdb|neo4j|clickhouse):\/\/\S+/i;
// ADO.NET / ODBC style: "Server=…;Database=…". Two separate linear tests, no backtracking.
const ADO_SERVER = /(?:^|;)\s*(?:Server|Data Source)\s*=/i;
const ADO_DATABASE = /;\s*(?:Database|Initial Catalog)\s*=/i;
/** Each pattern with a literal every match contains. */
const STACK: [string, RegExp][] = [
  ['at ', /\bat [\w$.<>]+ ?\([^()\s]*:\d+(?::\d+)?\)/], // JavaScript / Java frames
  ['Traceback', /Traceback \(most recent call last\)/],
  ['File "', /File "[^"]+", line \d+/],
  ['Exception in thread "', /Exception in thread "/],
];
const UNIX_PATH = /(?:^|[\s=:'"(])\/(?:home|root|etc|var|usr|opt|srv|tmp|mnt|proc|app|data)\/[\w.-]/;
const WINDOWS_PATH = /(?:^|[\s=:'"(])(?:[A-Za-z]:\\[\w$ .-]+\\|\\\\[\w.-]+\\[\w$.-]+)/;
const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g;
const IPV6 = /(?<![\w:])(?:f[cd][0-9a-f]{2}|fe[89ab][0-9a-f]):[0-9a-f:]*[0-9a-f](?![\w:])/gi;
const HOST = /(?<![\w.-])(?:[a-z0-9-]+\.)+(?:internal|local|corp|lan|intranet|localdomain)(?![\w.-])/gi;

/** A loop rather than STACK.some(...), which makes a closure for every value it looks at. */
function hasStackTrace(text: string): boolean {
  for (let i = 0; i < STACK.length; i++) if (text.includes(STACK[i]![0]) && STACK[i]![1].test(text)) return true;
  return false;
}

function privateIp(text: string): boolean {
  if (text.includes('.')) {
    for (const m of text.matchAll(IPV4)) {
      const ip = parseIpv4(m[0]);
      if (ip !== undefined && ipv4Risk(ip).some((r) => r !== 'loopback')) return true;
    }
  }
  if (text.includes(':')) {
    for (const m of text.matchAll(IPV6)) if (ipv6Risk(m[0]).length) return true;
  }
  return false;
}

function internalHost(text: string): boolean {
  for (const m of text.matchAll(HOST)) if (hostReasons(m[0].toLowerCase()).includes('internal-name')) return true;
  return false;
}

/** A character every check needs: `://` or `=` (connection strings), a space (every stack
 * trace pattern), `.` or `:` (addresses, host names), `/` or `\` (paths). A value without one,
 * like most claim values, is passed over with one native search instead of five checks. */
const ANY_CHECK = /[:=. /\\]/;

/** What kind of internal information `text` reveals, or undefined. */
export function internalInfoKind(text: string): string | undefined {
  const t = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  if (!ANY_CHECK.test(t)) return undefined;
  // Indexed, not destructured: this runs for up to 10,000 values, and destructuring an entry
  // allocates an array iterator each time until the engine has optimised the loop.
  for (let i = 0; i < CHECKS.length; i++) if (CHECKS[i]![1](t)) return CHECKS[i]![0];
  return undefined;
}
