import * as core from '@actions/core';
import { annotationTitle, planAnnotations, type AnnotationPlan } from './annotations.js';
import type { Reporter } from './context.js';

/**
 * Workflow-command annotations (`::error file=…`): they need no token and no permission, so they work on fork
 * PRs too. GitHub keeps 10 per level per step; planAnnotations picks the most severe and we say how many more.
 */
export const workflowAnnotationsReporter: Reporter<AnnotationPlan> = {
  name: 'annotations',
  needsApi: false,
  async run(ctx) {
    const plan = planAnnotations(ctx.findings);
    for (const f of plan.shown) {
      const props: core.AnnotationProperties = { title: annotationTitle(f), file: f.path, startLine: f.line, endLine: f.endLine };
      // GitHub ignores columns on annotations that span several lines.
      if (f.line === f.endLine) {
        props.startColumn = f.column;
        props.endColumn = f.endColumn;
      }
      const message = f.ignoreProblem ? `${f.message}\n${f.ignoreProblem}` : f.message;
      if (f.severity === 'error') core.error(message, props);
      else if (f.severity === 'warning') core.warning(message, props);
      else core.notice(message, props);
    }
    if (plan.hidden > 0) {
      const where = ctx.checkRunUrl ? `the job summary and the check run (${ctx.checkRunUrl})` : 'the job summary';
      core.notice(`${plan.hidden} more findings are not annotated here (GitHub shows at most 10 per level and step); see ${where}.`, {
        title: 'More TokenHub migration findings',
      });
    }
    return plan;
  },
};
