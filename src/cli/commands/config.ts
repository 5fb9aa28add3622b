import { notImplemented } from './not-implemented.js';

export const command = notImplemented('config', 'not implemented yet', '');
