// Work the writer does not wait for (counts, lists, marks' looks) belongs after the frame that
// shows a keystroke has painted: an idle callback runs only once the frame and the tasks already
// queued are done, so it never lands between a key and its paint. Under steady load the browser
// may find no idle time; the timeout makes the work run anyway, as a plain task.

/** Runs `run` when the browser is idle, at the latest after `timeoutMs`. Returns a cancel function. */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => run(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}
