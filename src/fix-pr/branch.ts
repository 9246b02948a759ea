/** The branch the migration pull request lives on, in its own module so the action can name it without loading the fix-PR code. */
export const FIX_BRANCH = 'tokenhub-migration/safe-fixes';
