export { RegistryClient, type RegistryClientOptions, type FetchedManifest } from './client.js';
export { RegistryError, AuthenticationError, CertificateError } from './errors.js';
export { findCredential, credentialLookup, saveCredential, removeCredential, dockerConfigPath, normalizeAuthKey, type Credential, type CredentialLookup } from './credentials.js';
