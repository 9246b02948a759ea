import type { NameIndex } from '../engine/name-index.js';
import type { PythonImports } from './imports.js';

export { ClientPlan, refuse } from '../engine/plan.js';

export interface PyFile {
  text: string;
  idx: NameIndex;
  imports: PythonImports;
}
