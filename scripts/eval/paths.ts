/** Where the shared evaluation material lives: ../shared/eval beside the repository (or SHARED_DIR). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const sharedEvalDir = process.env.SHARED_EVAL_DIR ?? path.resolve(repoRoot, '../shared/eval');
export const scorer = path.join(sharedEvalDir, 'score.mjs');
export const devDir = path.join(sharedEvalDir, 'data/dev');
/** Final figure only: never read while designing or tuning. */
export const heldoutDir = path.join(sharedEvalDir, 'data/heldout');
export { repoRoot };
