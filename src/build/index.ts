/** Building service images with buildah into dabba's store. */
export { buildServiceImage, type BuildRequest } from './build.js';
export { BuildahMissingError, BuildError, BUILDAH_PACKAGE_HINT } from './errors.js';
export { findBuildah } from './buildah.js';
export { buildahPaths } from './argv.js';
export { evaluateBuildah, probeBuildah } from './doctor.js';
