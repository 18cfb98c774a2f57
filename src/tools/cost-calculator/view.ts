/** What the build shows of the cost calculator: its component and its CSS (the island's, and the answer kept in view). */
import type { ToolView } from '../registry';
import CostCalculator from './CostCalculator.astro';
import calculatorCss from '../../islands/CostCalculator.css?inline';
import answerInViewCss from '../../islands/AnswerInView.css?inline';

export const view: ToolView = { component: CostCalculator, css: calculatorCss + answerInViewCss };
