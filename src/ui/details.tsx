// Everything below the two editors: decoded header and payload, findings, claims and time,
// nested tokens and the weak-secret search. A lazy chunk: the Token box is usable before any of
// this is loaded, and it renders one frame after the verdict (InspectResults.detail).
import { createMemo, createSignal, lazy, onMount, Show, Suspense } from 'solid-js';
import { localTime } from './format';
import type { Inspector } from './state/create-inspector';
import type { InspectResults } from './inspect/transport';
import type { Revealers } from './state/reveal';
import { DecodedParts } from './components/decoded-parts';
import { ClaimsTable } from './components/claims-table';
import { FindingsList } from './components/findings-list';
import { NestedTokens } from './components/nested-tokens';
import { Disclosures, type LeftOut } from './components/disclosures';
import { TimeTravel } from './components/time-travel';
import { SecretScan } from './components/secret-scan';
import { createPublicListCheck } from './state/public-list-check';
import { AttackSection } from './components/attack-section';
import { EncryptSection } from './components/encrypt-section';
import { closestAlgorithm } from '../core/algorithms';

// Edit mode, with the signing code, loads when Edit is first pressed.
const EditParts = lazy(() => import('./edit/edit-parts'));

export default function Details(props: { insp: Inspector; results: InspectResults; revealers: Revealers }) {
  const detail = () => props.results.detail();
  const report = () => props.results.lists();
  // Empty until a report for a pasted token arrives, so pasting changes nothing here at once. A
  // key pasted alone has findings of its own (rules-next O), but no claims.
  const empty = () => !report()?.input.text.trim();
  const keyAlone = () => empty() && (report()?.keys.kind ?? 'none') !== 'none';
  const topFindings = createMemo(() => (detail()?.report.findings ?? []).filter((f) => !f.path?.length));
  // Load the browser's date and time formatting data before the first report needs it.
  onMount(() => (window.requestIdleCallback ?? setTimeout)(() => localTime(0)));
  createPublicListCheck(report, (text, hit) => props.insp.setFoundSecret(text, hit));
  const hmac = () => {
    const alg = report()?.signature.alg ?? report()?.header?.value?.alg;
    return closestAlgorithm(alg)?.family === 'HMAC';
  };
  const [editing, setEditing] = createSignal(false);
  // Edit starts from the report of the token now in the box (until it arrives, there is none).
  const editable = () => !props.insp.token().trim() || detail()?.report.input.text === props.insp.token();
  // Leave out: the shorter presentation made by the core (its key binding re-made when the Key
  // box holds the Holder's key), and what it did, shown while that presentation is in the box.
  const [leftOut, setLeftOut] = createSignal<LeftOut & { token: string }>();
  const leaveOut = async (index: number) => {
    const input = {
      token: report()?.input.token ?? '',
      leaveOut: [index],
      key: props.insp.key(),
      secretEncoding: props.insp.encoding(),
      now: props.insp.asOf() ?? Math.floor(Date.now() / 1000),
    };
    const { presentSdJwt } = await import('../core/index');
    const result = await presentSdJwt(input);
    if (!result.ok) return;
    setLeftOut({ token: result.token, keyBinding: result.keyBinding, ...(result.reason ? { reason: result.reason } : {}) });
    props.insp.setToken(result.token);
  };
  const expected = {
    get audience() {
      return props.insp.expectedAudience();
    },
    get nonce() {
      return props.insp.expectedNonce();
    },
    onAudience: (v: string) => props.insp.setExpectedAudience(v),
    onNonce: (v: string) => props.insp.setExpectedNonce(v),
  };
  let editButton: HTMLButtonElement | undefined;
  const stopEditing = () => {
    setEditing(false);
    editButton?.focus();
  };
  return (
    <>
      <Show
        when={editing()}
        fallback={
          <>
            <div class="flex flex-wrap items-center justify-end gap-2">
              <span class="text-sm text-slate-600 dark:text-slate-300">Change the header or payload and re-sign with the key in the Key box.</span>
              <button ref={editButton} type="button" class="btn-ghost" disabled={!editable()} onClick={() => setEditing(true)}>
                Edit
              </button>
            </div>
            <DecodedParts
              report={detail()?.report}
              shown={detail()?.shown}
              findings={topFindings()}
              onRevealer={(part, fn) => (props.revealers[part] = fn)}
            />
          </>
        }
      >
        <Suspense fallback={<p class="text-sm text-slate-600 dark:text-slate-300">Loading the editor…</p>}>
          <EditParts insp={props.insp} report={detail()?.report} onDone={stopEditing} />
        </Suspense>
      </Show>
      <Show when={report()?.sd}>
        {(sd) => (
          <Disclosures
            sd={sd()}
            onLeaveOut={report()?.serialization === 'compact' ? (i) => void leaveOut(i) : undefined}
            leftOut={leftOut()?.token === report()?.input.token ? leftOut() : undefined}
            expected={expected}
          />
        )}
      </Show>
      <div class="grid gap-5 xl:grid-cols-2">
        <section class="panel flex flex-col gap-4" aria-labelledby="findings">
          <h2 id="findings" tabindex="-1" class="panel-title">
            Findings
            <Show when={report()?.findings.length}>
              <span class="font-normal text-slate-500 dark:text-slate-400"> ({report()!.findings.length})</span>
            </Show>
          </h2>
          <Show when={!empty() || keyAlone()} fallback={<p class="muted">Findings appear here once a token is pasted.</p>}>
            <FindingsList findings={report()?.findings ?? []} revealers={props.revealers} />
          </Show>
        </section>
        <section class="panel flex flex-col gap-4" aria-labelledby="claims-title">
          <h2 id="claims-title" class="panel-title">Claims and time</h2>
          <TimeTravel asOf={props.insp.asOf()} onAsOf={props.insp.setAsOf} leeway={props.insp.leeway()} onLeeway={props.insp.setLeeway} />
          <Show when={!empty()} fallback={<p class="muted">Claims appear here once a token is pasted.</p>}>
            <Show when={report()?.sd}>
              <h3 class="text-sm font-semibold" data-testid="claims-after-disclosure">Claims after disclosure</h3>
              <p class="muted">What a verifier sees: the signed Disclosures put in place, digests removed. The Payload above is the payload as the Issuer signed it.</p>
            </Show>
            <ClaimsTable
              claims={report()?.sd?.claimViews ?? report()?.claims ?? []}
              label={report()?.sd ? 'Claims after disclosure' : 'Claims'}
              timeTravel={props.insp.asOf() !== null}
            />
          </Show>
        </section>
      </div>
      <Show when={report()?.nested.length}>
        <section class="flex flex-col gap-3" aria-labelledby="nested-title">
          <h2 id="nested-title" class="panel-title">Nested tokens</h2>
          <NestedTokens nested={report()!.nested} />
        </section>
      </Show>
      <section class="panel flex flex-col gap-3" aria-labelledby="scan-title">
        <h2 id="scan-title" class="panel-title">Weak-secret search</h2>
        <SecretScan
          token={report()?.input.token ?? ''}
          hmac={hmac()}
          alg={report()?.header?.value?.alg}
          onUseSecret={(s) => (props.insp.setEncoding('utf8'), props.insp.setKey(s))}
        />
      </section>
      <EncryptSection insp={props.insp} token={report()?.input.token ?? ''} />
      <AttackSection insp={props.insp} />
    </>
  );
}
