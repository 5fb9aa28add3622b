import { notImplemented } from './not-implemented.js';

export const command = notImplemented('down', 'not implemented yet', '');
