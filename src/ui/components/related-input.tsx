// The Related token box (design.md "UI hooks": related token; rules-next M): the other token of
// a pair, sent to inspect() as `related`. A credential like the token: kept only in memory,
// never stored, cleared with the token and the key.
export interface RelatedInputProps {
  value: string;
  onInput: (text: string) => void;
}

export default function RelatedInput(props: RelatedInputProps) {
  return (
    <div class="mt-3 flex flex-col gap-1">
      <label for="related-token" class="text-sm font-semibold text-slate-700 dark:text-slate-200">
        Related token
      </label>
      <p id="related-token-hint" class="text-xs text-slate-600 dark:text-slate-300">
        The access token for a DPoP proof, or the access token or code for an ID token's at_hash / c_hash.
      </p>
      <textarea
        id="related-token"
        class="field min-h-12 font-mono text-[13px]"
        rows={2}
        spellcheck={false}
        autocomplete="off"
        aria-describedby="related-token-hint"
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}
