// Writes tests/fixtures/checker/findings-snapshot.json from the checker as it is now. Run it once
// before changing the engine for speed (the test then proves the findings stay the same), and
// again after a rule change that alters findings on purpose:
//   node --import tsx scripts/snapshot-findings.mts
import { writeFileSync } from 'node:fs';
import { computeSnapshot, SNAPSHOT_FILE } from '../tests/unit/checker/findings-snapshot';

const snapshot = computeSnapshot();
writeFileSync(SNAPSHOT_FILE, JSON.stringify(snapshot, null, 1) + '\n');
console.log(`${Object.keys(snapshot).length} texts × settings written to ${SNAPSHOT_FILE}`);
