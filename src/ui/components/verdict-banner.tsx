// The verdict at the top: the signature status in words, colour and icon, the reason when it is
// not valid (or what a valid one must still say), each signature's own verdict when there are
// several, and beside it the time verdict. A signature that verifies but proves nothing (a key
// the token carries, a guessable secret) is never shown as a green "valid", nor one on a token
// strict libraries reject (padded or standard-base64 segments).
import { createMemo, Show } from 'solid-js';
import type { TimeVerdict } from '../../core/index';
import type { QuickReport } from '../inspect/protocol';
import { Icon, type IconName } from './icons';
import { DECRYPTION_WORDS, STATUS_ICON, STATUS_WORDS, summaryIcon, TONE_CLASSES, TONE_ICON, type Tone } from '../verdict';
import { SignatureList } from './signature-list';
import { relativeInWords } from '../../core/claims/relative-time';
import { isoUtc } from '../../core/claims/words';
import { localTime } from '../format';

/** `onRunPbes2`: decrypt anyway, with the PBES2 iteration cap raised to this count. */
export function VerdictBanner(props: { report: QuickReport | undefined; empty: boolean; asOf: number | null; onRunPbes2?: (count: number) => void }) {
  const status = () => props.report?.signature.status ?? 'malformed';
  // The core words the verdict (core/summary.ts); this only dresses it.
  const summary = () => props.report?.summary;
  const untrusted = () => summary()?.untrusted;
  const head = createMemo((): { label: string; tone: Tone; icon: IconName } => {
    if (props.empty) return { label: 'Paste a token to begin', tone: 'neutral', icon: 'info' };
    const s = summary();
    if (!s) return { ...STATUS_WORDS.malformed, icon: STATUS_ICON.malformed };
    return { label: s.headline, tone: s.tone, icon: summaryIcon(s) };
  });
  const detail = () => (props.empty ? 'Nothing you paste leaves this page: decoding, verifying and linting all run locally.' : (summary()?.sentence ?? ''));
  const verified = () => !props.empty && status() === 'valid';

  return (
    <section
      aria-label="Verdict"
      class={`flex flex-col gap-4 rounded-xl border p-4 shadow-sm sm:flex-row sm:items-center sm:p-5 ${TONE_CLASSES[head().tone]}`}
    >
      <div class="flex min-w-0 flex-1 items-start gap-4">
        <span class={`mt-0.5 grid size-10 shrink-0 place-items-center rounded-full ${TONE_ICON[head().tone]}`}>
          <Icon name={head().icon} class="size-6" />
        </span>
        <div class="min-w-0">
          <h2
            class="text-lg font-semibold leading-tight sm:text-xl"
            data-testid="signature-status"
            data-status={status()}
            data-trust={untrusted() ? 'untrusted' : undefined}
            data-tone={head().tone}
            aria-live="polite"
          >
            {head().label}
          </h2>
          <Show when={detail()}>
            <p class="mt-1 text-sm [overflow-wrap:anywhere]" data-testid={verified() ? 'signature-checked' : undefined}>
              {detail()}
            </p>
          </Show>
          <Show when={!props.empty && untrusted()}>
            {(why) => (
              <p class="mt-1 text-sm font-medium [overflow-wrap:anywhere]" data-testid="untrusted-reason" data-reason={why().rule}>
                {why().text}
              </p>
            )}
          </Show>
          <Show when={!props.empty && props.report?.decryption}>
            {(d) => (
              <p class="mt-1 text-sm font-medium" data-testid="decryption-status" data-status={d().status}>
                {DECRYPTION_WORDS[d().status]} ({d().alg || 'no alg'}, {d().enc || 'no enc'})
              </p>
            )}
          </Show>
          <Show when={!props.empty && props.onRunPbes2 && refusedCount(props.report)}>
            {(count) => (
              <button type="button" class="btn-primary mt-2" onClick={() => props.onRunPbes2?.(count())}>
                Decrypt anyway ({count().toLocaleString('en-US')} PBES2 iterations)
              </button>
            )}
          </Show>
          <Show when={props.report?.signature.perSignature}>{(list) => <SignatureList signatures={list()} />}</Show>
        </div>
      </div>
      <TimeBadge time={!props.empty && props.report && props.report.kind !== 'malformed' ? props.report.time : undefined} asOf={props.asOf} />
    </section>
  );
}

/** The header's `p2c` when the core refused to decrypt over the PBES2 cap (its finding says so). */
function refusedCount(report: QuickReport | undefined): number | undefined {
  const p2c = report?.header?.value?.p2c;
  const overCap = report?.decryption?.status === 'refused' && report.findings.some((f) => f.rule === 'jwe-pbes2-p2c');
  return overCap && typeof p2c === 'number' && Number.isSafeInteger(p2c) ? p2c : undefined;
}

const TIME_TONE: Record<TimeVerdict['status'], Tone> = {
  valid: 'good',
  expired: 'bad',
  'not-yet-valid': 'warn',
  'no-expiry': 'warn',
  unknown: 'neutral',
};

/** The time verdict in words. `at`: the moment the user chose instead of the device's clock;
 * every relative time is then relative to it ("5 minutes before <at>"). */
function timeText(t: TimeVerdict, at: string | undefined): { label: string; icon: IconName } {
  const rel = (delta: number, anchor = at) => relativeInWords(delta, anchor);
  const afterThat = at && 'that';
  const leeway = 'accepted within the leeway';
  if (t.withinLeeway === 'exp') return { label: `Expired ${rel(t.expiresIn ?? 0)} · ${leeway}`, icon: 'alert' };
  if (t.withinLeeway === 'nbf') {
    const starts = `starts ${rel(t.validIn ?? 0)}, ${leeway}`;
    return t.status === 'no-expiry'
      ? { label: `Never expires (no exp claim) · ${starts}`, icon: 'alert' }
      : { label: `Starts ${rel(t.validIn ?? 0)} · ${leeway}`, icon: 'alert' };
  }
  switch (t.status) {
    case 'valid': {
      const expires = t.expiresIn !== undefined ? ` · expires ${rel(t.expiresIn, afterThat)}` : '';
      return { label: `Valid ${at === undefined ? 'now' : `at ${at}`}${expires}`, icon: 'clock' };
    }
    case 'expired':
      return { label: `Expired ${rel(t.expiresIn ?? 0)}`, icon: 'cross' };
    case 'not-yet-valid':
      return { label: `Not valid ${at === undefined ? 'yet' : `at ${at}`} · starts ${rel(t.validIn ?? 0, afterThat)}`, icon: 'alert' };
    case 'no-expiry':
      return { label: 'Never expires (no exp claim)', icon: 'alert' };
    default:
      return { label: 'Times not checked', icon: 'dash' };
  }
}

/** Always in the page, hidden while there is no time verdict: the first report then changes a
 * few texts and attributes instead of building the badge, which keeps the verdict quick. */
function TimeBadge(props: { time: TimeVerdict | undefined; asOf: number | null }) {
  const at = () => (props.time && props.asOf !== null ? localTime(props.time.now) ?? isoUtc(props.time.now) : undefined);
  const text = () => (props.time ? timeText(props.time, at()) : { label: '', icon: 'dash' as const });
  // Accepted only thanks to the leeway: a warning, whatever the status says.
  const tone = () => (props.time?.withinLeeway ? 'warn' : TIME_TONE[props.time?.status ?? 'unknown']);
  return (
    <div
      class={`flex shrink-0 items-center gap-2 rounded-lg border px-3 py-2 text-sm font-medium ${TONE_CLASSES[tone()]}`}
      hidden={!props.time}
      data-testid="time-status"
      data-status={props.time?.status}
      data-within-leeway={props.time?.withinLeeway}
      data-as-of={at() === undefined ? undefined : props.time?.now}
    >
      <Icon name={text().icon} class="size-4" />
      <span>{text().label}</span>
    </div>
  );
}
