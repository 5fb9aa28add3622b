import { notImplemented } from './not-implemented.js';

export const command = notImplemented('logout', 'not implemented yet', '');
