export { errorPage } from './layout.js';
export { webRoutes } from './web-routes.js';
