export { type Namer, namer } from '../knowledge/index.js';
