// Edit mode (a lazy chunk, loaded when Edit is first pressed): the Header and Payload as
// editable JSON, every change re-signed with the Key box's key into the Token box, quick
// actions, what changed against the pasted token, and what to do when the key cannot sign.
import { createResource, Show } from 'solid-js';
import type { EditorView } from '@codemirror/view';
import { setMember, signingAlgs, type Report } from '../../core/index';
import type { Inspector } from '../state/create-inspector';
import { prettyJson } from '../editor/pretty-json';
import { createEditSession, editableTexts, scratchTexts, type Part } from './edit-session';
import { JsonEditor } from './json-editor';
import { QuickActions } from './quick-actions';
import { EditStatus } from './edit-status';
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
