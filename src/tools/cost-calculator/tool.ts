/** The cost calculator: `<CostCalculator />` on a record page, reading the record's costs.yaml. */
import { costsSchema, optionsWithFigures } from '../../schemas/costs';
import { defaultCostInputs } from '../../lib/calculator/costModel';
import { calculatorLinkKeys, costFieldSpecs } from '../../lib/calculator/costFields';
import { defineTool } from '../registry';

export const costCalculator = defineTool({
  name: 'CostCalculator',
  data: {
    file: 'costs',
    schema: costsSchema,
    check(costs, { problem, knownOption }) {
      const costIds = optionsWithFigures(costs);
      costs.platforms.forEach((p, i) => knownOption(`platforms.${i}.id`, p.id));
      if (!costIds.has(costs.baseline)) problem('baseline', `"${costs.baseline}" has no figures in platforms`);
      if (costs.payback !== undefined && (!costIds.has(costs.payback) || costs.payback === costs.baseline)) {
        problem('payback', `"${costs.payback}" must be another option with figures in platforms`);
      }
    },
  },
  linkKeys: (costs) => calculatorLinkKeys(costFieldSpecs(defaultCostInputs(costs))),
  view: async () => (await import('./view')).view,
});
