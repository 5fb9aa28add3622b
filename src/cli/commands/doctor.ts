import { notImplemented } from './not-implemented.js';

export const command = notImplemented('doctor', 'not implemented yet', '');
