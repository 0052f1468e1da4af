// Edit mode (a lazy chunk, loaded when Edit is first pressed): the Header and Payload as
// editable JSON, every change re-signed with the Key box's key into the Token box, quick
// actions, what changed against the pasted token, and what to do when the key cannot sign.
import { createResource, createSignal, Show } from 'solid-js';
import type { EditorView } from '@codemirror/view';
import { setMember, signingAlgs, type Report } from '../../core/index';
import type { Inspector } from '../state/create-inspector';
import { prettyJson } from '../editor/pretty-json';
import { keyedAlg } from '../keys/specs';
import { createEditSession, editableTexts, scratchTexts, type EditSession, type Part } from './edit-session';
import { JsonEditor } from './json-editor';
import { headerAlg, QuickActions } from './quick-actions';
import { EditChanges } from './edit-changes';

export interface EditPartsProps {
  insp: Inspector;
  /** The report of the token in the Token box when Edit was pressed. */
  report: Report | undefined;
  onDone: () => void;
}

const nowOf = (insp: Inspector) => insp.asOf() ?? Math.floor(Date.now() / 1000);

/** With no token to edit: a header for an alg the Key box's key can sign (HS256 otherwise). */
async function scratch(insp: Inspector): Promise<{ header: string; payload: string }> {
  const texts = scratchTexts(nowOf(insp));
  const algs = await signingAlgs(insp.key(), insp.encoding());
  if (!algs.ok || algs.algs.includes('HS256') || !algs.algs[0]) return texts;
  const header = setMember(texts.header, 'alg', JSON.stringify(algs.algs[0]));
  return header.ok ? { ...texts, header: header.text } : texts;
}

export default function EditParts(props: EditPartsProps) {
  const [start] = createResource(async () => editableTexts(props.report) ?? (await scratch(props.insp)));
  return <Show when={start()}>{(texts) => <Editing {...props} start={texts()} />}</Show>;
}

function Editing(props: EditPartsProps & { start: { header: string; payload: string } }) {
  // eslint-disable-next-line solid/reactivity -- one session per edit mode
  const session = createEditSession(props.insp, props.start, props.report, props.onDone);
  const views: Partial<Record<Part, EditorView>> = {};
  const apply = (part: Part, change: { from: number; to: number; insert: string }) => views[part]?.dispatch({ changes: change });
  const pretty = (part: Part) => {
    const view = views[part];
    if (view) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: prettyJson(view.state.doc.toString()).text } });
  };
  const errorIn = (part: Part) => () => {
    const s = session.state();
    return s?.status === 'error' && s.part === part && s.at ? { ...s.at, message: s.message } : undefined;
  };
  const editor = (part: Part, title: string) => (
    <section role="region" aria-label={title} class="panel flex min-w-0 flex-col gap-2">
      <div class="flex items-center justify-between gap-2">
        <h3 class={`text-sm font-semibold seg-title-${part}`}>{title}</h3>
        <button type="button" class="btn-ghost" aria-label={`Pretty-print ${part}`} onClick={() => pretty(part)}>
          Pretty-print
        </button>
      </div>
      <JsonEditor
        label={`${title} JSON`}
        initial={props.start[part]}
        onChange={(text) => session.setText(part, text)}
        error={errorIn(part)}
        // In the page only now (the editor is moved in on its own mount): then the Payload
        // editor takes the focus Edit had, so typing goes on there.
        onView={(v) => {
          views[part] = v;
          if (part === 'payload') v.focus();
        }}
      />
    </section>
  );
  return (
    <div class="flex flex-col gap-3" data-testid="edit-mode">
      <div class="flex flex-wrap items-center justify-between gap-2">
        <QuickActions
          header={session.text.header()}
          textOf={(part) => views[part]?.state.doc.toString() ?? ''}
          keyText={props.insp.key()}
          encoding={props.insp.encoding()}
          now={() => nowOf(props.insp)}
          onChange={apply}
        />
        <button type="button" class="btn-primary" onClick={() => props.onDone()}>
          Done
        </button>
      </div>
      <EditStatus session={session} insp={props.insp} />
      <div class="grid gap-4 lg:grid-cols-2">
        {editor('header', 'Header')}
        {editor('payload', 'Payload')}
      </div>
      <Show when={session.origin}>
        {(origin) => <EditChanges origin={origin()} header={session.text.header()} payload={session.text.payload()} resigned={session.resigned()} />}
      </Show>
    </div>
  );
}

/** The last edit's outcome (role="status"), and with no key that can sign, a way to make one. */
function EditStatus(props: { session: EditSession; insp: Inspector }) {
  const [busy, setBusy] = createSignal(false);
  const state = () => props.session.state();
  const cannotSign = () => {
    const s = state();
    return s?.status === 'error' && (s.code === 'public-key-only' || s.code === 'key-missing');
  };
  const alg = () => keyedAlg(headerAlg(props.session.text.header()));
  // The same key maker as the Generate key button under the Key box, for the header's alg.
  const generate = async (a: string) => {
    setBusy(true);
    try {
      const { generateKey } = await import('../keys/workbench');
      const result = await generateKey({ alg: a });
      if (result.ok) props.insp.setKey(JSON.stringify(result.bundle.privateJwk, null, 2));
    } finally {
      setBusy(false);
    }
  };
  const text = () => {
    const s = state();
    if (!s) return 'Every change to the header or payload is signed with the key in the Key box.';
    if (s.status === 'signed') return `Signed with ${s.alg}: the Token box holds the new token.`;
    return s.message;
  };
  return (
    <div class="flex flex-wrap items-center gap-2">
      <p
        role="status"
        data-testid="edit-status"
        data-status={state()?.status ?? 'idle'}
        data-code={(() => { const s = state(); return s?.status === 'error' ? s.code : ''; })()}
        class={`text-sm ${state()?.status === 'error' ? 'text-rose-700 dark:text-rose-300' : 'text-slate-700 dark:text-slate-200'}`}
      >
        {text()}
      </p>
      <Show when={cannotSign() && alg()}>
        {(a) => (
          <button type="button" class="btn-ghost" aria-busy={busy()} disabled={busy()} onClick={() => void generate(a())}>
            {busy() ? 'Generating key…' : `Generate a key for ${a()}`}
          </button>
        )}
      </Show>
    </div>
  );
}
