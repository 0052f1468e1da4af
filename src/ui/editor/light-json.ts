// JSON colours for a large text: only the lines on screen are coloured, by a scan of their text,
// each time they change. The full JSON language parses the whole text in the background, in
// slices of up to 100 ms (CodeMirror's budget when the browser can say whether input is
// waiting): a 400 KB payload made tasks of 100-130 ms at full speed, and longer on a slow device.
// The classes are those of the full highlighting (json-view.tsx), so both look the same.
import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';

const KEY = Decoration.mark({ class: 'cm-json-key' });
const STRING = Decoration.mark({ class: 'cm-json-string' });
const NUMBER = Decoration.mark({ class: 'cm-json-number' });
const LITERAL = Decoration.mark({ class: 'cm-json-literal' });

// A string (and the colon after a member name), a number, or true / false / null.
const TOKEN = /"(?:[^"\\\n]|\\.)*"(?=(\s*:)?)|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\b(?:true|false|null)\b/g;

export interface JsonMark {
  from: number;
  to: number;
  kind: 'key' | 'string' | 'number' | 'literal';
}

/** The coloured spans of `text` (a piece of JSON, possibly cut anywhere), offsets from `base`. */
export function jsonMarks(text: string, base = 0): JsonMark[] {
  const out: JsonMark[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const c = m[0][0];
    const kind = c === '"' ? (m[1] !== undefined ? 'key' : 'string') : c === 't' || c === 'f' || c === 'n' ? 'literal' : 'number';
    out.push({ from: base + m.index, to: base + m.index + m[0].length, kind });
  }
  return out;
}

const DECO = { key: KEY, string: STRING, number: NUMBER, literal: LITERAL };

function visibleMarks(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (const m of jsonMarks(view.state.doc.sliceString(from, to), from)) builder.add(m.from, m.to, DECO[m.kind]);
  }
  return builder.finish();
}

export const lightJson = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = visibleMarks(view);
    }
    update(u: ViewUpdate) {
      if (u.docChanged || u.viewportChanged) this.decorations = visibleMarks(u.view);
    }
  },
  { decorations: (v) => v.decorations },
);
