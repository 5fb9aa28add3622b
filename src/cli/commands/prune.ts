import { notImplemented } from './not-implemented.js';

export const command = notImplemented('prune', 'not implemented yet', '');
