import { notImplemented } from './not-implemented.js';

export const command = notImplemented('up', 'not implemented yet', '');
