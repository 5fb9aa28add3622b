import { notImplemented } from './not-implemented.js';

export const command = notImplemented('images', 'not implemented yet', '');
