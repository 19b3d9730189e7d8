// A user copies, mails or syncs the .helder file alone while Helder has it open and keeps saving
// and commenting. Every change Helder acknowledged before the copy must be in the copy.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommentService } from '../../../electron/services/comments';
import { NoteStore } from '../../../electron/services/note-store';
import { stateOf } from '../../fixtures/store/numbered-document';
import { tempFolder } from '../../fixtures/store/temp';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const child = path.join(repoRoot, 'tests/fixtures/store/save-comment-steps.ts');

let folder: { dir: string; cleanup(): void };
beforeEach(() => {
  folder = tempFolder('helder-copy-open-');
});
afterEach(() => folder.cleanup());

describe('a .helder file copied alone while Helder has it open', () => {
  it('holds every acknowledged save and comment, at random moments between and after them', { timeout: 120_000 }, async () => {
    const maker = new NoteStore();
    const note = maker.createNote(folder.dir, 'Open').path;
    maker.closeAll();
    const app = spawn(process.execPath, ['--import', 'tsx', child, note], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let errors = '';
    app.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const lines: string[] = [];
    let wake: (() => void) | null = null;
    let buffered = '';
    app.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      lines.push(...parts);
      wake?.();
    });
    const nextLine = async () => {
      while (lines.length === 0) {
        if (app.exitCode !== null) throw new Error(`child stopped: ${errors}`);
        await new Promise<void>((resolve) => (wake = resolve));
      }
      return lines.shift()!;
    };
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

    try {
      expect(await nextLine()).toBe('ready');
      const acknowledged: string[] = [];
      for (let step = 1; step <= 25; step += 1) {
        app.stdin.write('go\n');
        const [word, state, commentId] = (await nextLine()).split(' ');
        expect(word).toBe('done');
        acknowledged.push(commentId!);
        await sleep(Math.floor(random() * 15));
        const copy = path.join(folder.dir, `kopie ${step}.helder`);
        fs.copyFileSync(note, copy);
        const reader = new NoteStore();
        const opened = reader.openNote(copy);
        expect(opened.readOnly).toBeNull();
        expect(stateOf(opened.document)).toBe(Number(state));
        const ids = new Set(new CommentService(reader).list(copy).flatMap((thread) => thread.comments.map((c) => c.id)));
        for (const id of acknowledged) expect(ids.has(id), `comment ${id} missing from copy ${step}`).toBe(true);
        reader.closeAll();
        fs.rmSync(copy);
      }
    } finally {
      app.kill('SIGKILL');
    }
  });
});
