// inspect() off the main thread: the page posts the newest input with a sequence number, and the
// worker answers as answer.ts says (the verdict first, then the bulky rest), so no O(size)
// work on a large token runs on the main thread. On start the worker posts the rule catalogue
// (explanations, references) once, then inspects sample tokens so the first real paste runs warm
// code.
import { ruleCatalog } from '../../core/index';
import { answer } from './answer';
import type { InspectMessage, InspectRequest } from './protocol';
import { warmUpSteps } from './warm-up';

const post = (m: InspectMessage, transfer: Transferable[] = []) => self.postMessage(m, { transfer });
post({ type: 'catalog', rules: [...ruleCatalog] });

// One inspection at a time: inspect() awaits WebCrypto, and two runs must not interleave. A real
// request goes before the next warm-up step; between steps the worker yields so requests get in.
const requests: InspectRequest[] = [];
let steps: Promise<Array<() => Promise<unknown>>> | undefined = warmUpSteps().catch(() => []);
let running = false;
async function pump(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (;;) {
      const request = requests.shift();
      if (request) {
        await answer(request, post);
        continue;
      }
      const list = await steps;
      if (requests.length) continue;
      const step = list?.shift();
      if (!step) break;
      await step().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    steps = undefined;
  } finally {
    running = false;
  }
}
self.onmessage = (event: MessageEvent<InspectRequest>) => {
  requests.push(event.data);
  void pump();
};
void pump();
