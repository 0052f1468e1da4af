// The core (parser, jose, curves, 99 rules) is loaded on demand, not at startup: the editors
// appear first and the core arrives in the background right after (or on the first input).
import { createSignal } from 'solid-js';
import type { RuleInfo } from '../../core/index';

type Core = typeof import('../../core/index');

let loading: Promise<Core> | undefined;
const [catalog, setCatalog] = createSignal<ReadonlyMap<string, RuleInfo>>(new Map());

export function loadCore(): Promise<Core> {
  loading ??= import('../../core/index').then((core) => {
    setCatalog(new Map(core.ruleCatalog.map((r) => [r.id, r])));
    return core;
  });
  return loading;
}

/** The rule catalogue (explanations, references), empty until the core has loaded. */
export const ruleCatalog = catalog;
