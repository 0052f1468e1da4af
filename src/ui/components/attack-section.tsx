// The "Attack variants" region below the editors. The variants are made only when asked for
// (making them generates fresh keys), by a lazy chunk that holds the core's forge code. "Inspect
// this variant" puts one in the Token box; "Back to your token" puts the user's token back
// (so does undo in the Token box).
import { batch, createEffect, createMemo, createSignal, lazy, on, Show, Suspense } from 'solid-js';
import type { Inspector } from '../state/create-inspector';
import { attackTitle } from '../attacks/groups';

const AttackVariants = lazy(() => import('./attack-variants'));

export function AttackSection(props: { insp: Inspector }) {
  const [open, setOpen] = createSignal(false);
  /** The user's token, while the Token box holds the variant `placed` put there by Inspect. */
  const [saved, setSaved] = createSignal<string>();
  const [placed, setPlaced] = createSignal<{ token: string; attack: string }>();
  const holdsVariant = () => placed()?.token === props.insp.token();
  // The variants are made from the user's token, not from a variant being inspected. A memo, so
  // putting a variant in the Token box and back does not remake them (with other fresh keys).
  const source = createMemo(() => (holdsVariant() ? saved() ?? '' : props.insp.token()));
  // Any other change of the Token box (typing, a paste) makes that text the user's token.
  createEffect(on(() => props.insp.token(), () => !holdsVariant() && batch(() => (setPlaced(undefined), setSaved(undefined))), { defer: true }));

  const inspect = (token: string, attack: string) =>
    batch(() => {
      if (!holdsVariant()) setSaved(props.insp.token());
      setPlaced({ token, attack });
      props.insp.setToken(token);
    });
  const back = () =>
    batch(() => {
      const mine = saved() ?? '';
      setPlaced(undefined);
      setSaved(undefined);
      props.insp.setToken(mine);
    });

  return (
    <section class="panel flex flex-col gap-3" aria-labelledby="attacks-title" data-testid="attack-variants">
      <h2 id="attacks-title" class="panel-title">Attack variants</h2>
      <p class="text-sm text-slate-700 dark:text-slate-200">
        Tokens made from yours to test your own verifier: it should reject every one. They are made in this page and
        nothing is sent anywhere; the jku and x5u URLs are never fetched. Making them generates fresh keys, so they are made
        only when you ask.
      </p>
      <div class="flex flex-wrap items-center gap-2">
        <button type="button" class="btn-ghost" aria-expanded={open()} aria-controls="attack-variants-body" onClick={() => setOpen(!open())}>
          {open() ? 'Hide attack variants' : 'Make attack variants'}
        </button>
      </div>
      <div role="status" class="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-200">
        <Show when={holdsVariant() && placed()}>
          {(p) => (
            <>
              <span>
                The Token box holds the variant “{attackTitle(p().attack)}”; the verdict and findings above are for it.
              </span>
              <button type="button" class="btn-ghost" onClick={back}>
                Back to your token
              </button>
            </>
          )}
        </Show>
      </div>
      <p id="attack-inspect-note" class="sr-only">
        Replaces the token in the Token box; Back to your token, or undo in the Token box, puts yours back.
      </p>
      <div id="attack-variants-body">
        <Show when={open()}>
          <Suspense fallback={<p class="muted">Loading…</p>}>
            <AttackVariants source={source()} keyText={props.insp.key()} encoding={props.insp.encoding()} onInspect={inspect} describedBy="attack-inspect-note" />
          </Suspense>
        </Show>
      </div>
    </section>
  );
}
