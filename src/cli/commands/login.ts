import { notImplemented } from './not-implemented.js';

export const command = notImplemented('login', 'not implemented yet', '');
