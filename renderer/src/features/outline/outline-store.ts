import { Observable } from '../../base/observable';
import type { OutlineHeading } from '../../editor/NoteEditor';
import type { NoteEvents } from '../../workbench/services';

/** The headings of every open note (hidden tabs keep theirs), following renames and closes. */
export class OutlineStore extends Observable<{ byNote: Record<string, OutlineHeading[]> }> {
  constructor(events: NoteEvents) {
    super({ byNote: {} });
    events.onClose((path) => this.set(({ byNote }) => ({ byNote: without(byNote, path) })));
    events.onRename((from, to) =>
      this.set(({ byNote }) => ({ byNote: byNote[from] ? { ...without(byNote, from), [to]: byNote[from] } : byNote })),
    );
  }

  report(path: string, headings: OutlineHeading[]) {
    this.set(({ byNote }) => ({ byNote: { ...byNote, [path]: headings } }));
  }
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}
