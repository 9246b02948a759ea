import { notIgnored, type Finding } from '../finding/finding.js';
import { scan } from '../scan/index.js';
import { findModelReferences, type ReferenceScope } from './model-references.js';

/** Where the code under `scope` names TokenHub models, with the scan's legacy findings telling which files are legacy. */
export async function referencesInTree(scope: ReferenceScope): Promise<Finding[]> {
  return findModelReferences(scope, notIgnored((await scan(scope)).findings));
}
