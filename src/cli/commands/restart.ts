import { notImplemented } from './not-implemented.js';

export const command = notImplemented('restart', 'not implemented yet', '');
