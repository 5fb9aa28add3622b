import { notImplemented } from './not-implemented.js';

export const command = notImplemented('exec', 'not implemented yet', '');
