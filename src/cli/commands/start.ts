import { notImplemented } from './not-implemented.js';

export const command = notImplemented('start', 'not implemented yet', '');
