import { planRestart } from '../../plan/plan.js';
import { existingContainersCommand } from './up.js';

export const command = existingContainersCommand('restart', 'Restart services', planRestart);
