import { notImplemented } from './not-implemented.js';

export const command = notImplemented('pull', 'not implemented yet', '');
