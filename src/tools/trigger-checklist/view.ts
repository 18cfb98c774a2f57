/** What the build shows of the trigger checklist: its component and the island's CSS. */
import type { ToolView } from '../registry';
import TriggerChecklist from './TriggerChecklist.astro';
import checklistCss from '../../islands/TriggerChecklist.css?inline';

export const view: ToolView = { component: TriggerChecklist, css: checklistCss };
