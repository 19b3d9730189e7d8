// The optional adjective-agreement check on the command line: off unless named in --rules.
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';

async function check(args: string[], input: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(['check', ...args, '-'], { stdout: (text) => void (stdout += text), stderr: () => {}, readStdin: () => Promise.resolve(input) });
  return { code, stdout };
}

describe('helder check and the adjective-agreement rule', () => {
  const text = 'Dit is een belangrijk taak voor de buurt.\n';

  it('reports "een belangrijk taak" with its fix when the rule is named, and exits 1 on the error', async () => {
    const run = await check(['--rules', 'adjective-agreement', '--format', 'json'], text);
    const [report] = JSON.parse(run.stdout) as Array<{ findings: Array<{ ruleId: string; actual: string; expected: string[]; severity: string }> }>;
    expect(report!.findings.map((f) => [f.ruleId, f.actual, f.expected, f.severity])).toEqual([['adjective-agreement', 'belangrijk', ['belangrijke'], 'error']]);
    expect(run.code).toBe(1);
  });

  it('leaves it out by default', async () => {
    const run = await check(['--format', 'json'], text);
    const [report] = JSON.parse(run.stdout) as Array<{ findings: Array<{ ruleId: string }> }>;
    expect(report!.findings.filter((f) => f.ruleId === 'adjective-agreement')).toEqual([]);
  });
});
