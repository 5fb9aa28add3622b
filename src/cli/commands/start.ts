import { planStart } from '../../plan/plan.js';
import { existingContainersCommand } from './up.js';

export const command = existingContainersCommand('start', 'Start stopped services', planStart);
