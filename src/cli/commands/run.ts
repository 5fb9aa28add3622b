import { notImplemented } from './not-implemented.js';

export const command = notImplemented('run', 'not implemented yet', '');
