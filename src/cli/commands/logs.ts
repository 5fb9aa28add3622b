import { notImplemented } from './not-implemented.js';

export const command = notImplemented('logs', 'not implemented yet', '');
