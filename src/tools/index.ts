/** The island tools, each once: adding one is a folder beside these and a line here (CONTRIBUTING.md, "Add an island tool"). */
import { checkToolList } from './registry';
import { costCalculator } from './cost-calculator/tool';
import { triggerChecklist } from './trigger-checklist/tool';

export const TOOLS = checkToolList([costCalculator, triggerChecklist] as const);
