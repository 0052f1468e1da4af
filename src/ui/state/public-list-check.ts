// The background check of every pasted HS* token against the pattern candidates and the shipped
// public list (core public-list.ts, in the scan workers). The core says when (needsPublicListCheck):
// no key, or a key that fails. Once per pasted text; another text cancels a check under way. A
// hit goes back into the inspection (InspectInput.weakSecret), which turns it into findings.
import { createEffect, onCleanup, type Accessor } from 'solid-js';
import type { Report, WeakSecretHit } from '../../core/index';
import { needsPublicListCheck } from '../../core/secrets/public-check';
import { checkPublicList } from '../scan-pool';

export function createPublicListCheck(report: Accessor<Report | undefined>, onHit: (text: string, hit: WeakSecretHit) => void): void {
  let checked: string | undefined;
  let cancel: (() => void) | undefined;
  onCleanup(() => cancel?.());
  createEffect(() => {
    const r = report();
    if (!r || r.input.text === checked) return;
    cancel?.();
    cancel = undefined;
    checked = undefined;
    if (!needsPublicListCheck(r)) return;
    const text = r.input.text;
    checked = text;
    const check = checkPublicList(r.input.token);
    cancel = check.cancel;
    void check.hit.then((hit) => {
      if (hit && checked === text) onHit(text, hit);
    });
  });
}
