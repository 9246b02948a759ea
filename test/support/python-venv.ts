/**
 * A Python virtual environment with the `openai` package, for tests that run rewritten Python code. Created once
 * per checkout under node_modules/.cache (so `npm ci` starts it afresh) with the machine's own pip configuration
 * (a local mirror where there is one). A failure to create it fails the test that needs it; nothing is skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './run-action.js';

const VENV = path.join(REPO_ROOT, 'node_modules', '.cache', 'tokenhub-openai-venv');

export function venvPython(): string {
  return path.join(VENV, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
}

function hasOpenai(): boolean {
  return existsSync(venvPython()) && spawnSync(venvPython(), ['-c', 'import openai'], { stdio: 'ignore' }).status === 0;
}

/** The venv's python, with `openai` importable; creates the venv and installs the package when missing. */
export function ensureOpenaiVenv(): string {
  if (hasOpenai()) return venvPython();
  rmSync(VENV, { recursive: true, force: true });
  mkdirSync(path.dirname(VENV), { recursive: true });
  execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'pipe' });
  // --retries 0: where the default index is unreachable and a mirror is configured, do not wait on the first.
  const pip = spawnSync(venvPython(), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--retries', '0', 'openai'], { encoding: 'utf8' });
  if (pip.status !== 0 || !hasOpenai()) {
    throw new Error(`could not install the openai Python package into ${VENV} with pip:\n${pip.stdout}\n${pip.stderr}`);
  }
  return venvPython();
}
