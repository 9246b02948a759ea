export { r as createGitHubClient } from "./client-Bb_msskE.js";
import "./errors-MmvItmDA.js";
