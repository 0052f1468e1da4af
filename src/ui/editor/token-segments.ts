// Colours the header, payload and signature segments of the token editor. The ranges come from
// Report.segments (offsets in the pasted text); between reports they follow the edits.
import { StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { SegmentView } from '../../core/index';

export const setSegments = StateEffect.define<readonly SegmentView[]>();

const marks: Record<string, Decoration> = {
  header: Decoration.mark({ class: 'cm-seg-header' }),
  payload: Decoration.mark({ class: 'cm-seg-payload' }),
  signature: Decoration.mark({ class: 'cm-seg-signature' }),
};
const jweMark = Decoration.mark({ class: 'cm-seg-jwe' });

export function segmentDecorations(segments: readonly SegmentView[], docLength: number): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const s of segments) {
    if (s.to <= s.from || s.to > docLength) continue;
    ranges.push((marks[s.name] ?? jweMark).range(s.from, s.to));
  }
  return Decoration.set(ranges, true);
}

export const tokenSegments = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    let next = value.map(tr.changes);
    for (const e of tr.effects) if (e.is(setSegments)) next = segmentDecorations(e.value, tr.state.doc.length);
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});
