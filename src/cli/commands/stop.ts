import { notImplemented } from './not-implemented.js';

export const command = notImplemented('stop', 'not implemented yet', '');
