import { notImplemented } from './not-implemented.js';

export const command = notImplemented('rmi', 'not implemented yet', '');
