export { t as listCompareFiles, n as listPullFiles } from "./diff-files-BFdSHDbH.js";
