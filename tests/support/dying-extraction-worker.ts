import prepareInWorker from "../../src/commands/extraction-worker.js";
import type { ExtractionTask } from "../../src/ingest/extraction-pool.js";

/** Text that makes this worker's thread die, as a crash in native code or an out-of-memory would. */
export const THREAD_DIES_ON = "THIS-THREAD-DIES";

/** An extraction worker for tests: the product's, except that its thread exits on an article holding `THREAD_DIES_ON`. */
export default function prepareOrDie(task: ExtractionTask): ReturnType<typeof prepareInWorker> {
  if (task.input.text.includes(THREAD_DIES_ON)) process.exit(1);
  return prepareInWorker(task);
}
