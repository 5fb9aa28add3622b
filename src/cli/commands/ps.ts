import { notImplemented } from './not-implemented.js';

export const command = notImplemented('ps', 'not implemented yet', '');
