// Configuration for the CLI and the language server: find a draft's config file, read and check
// it, merge it with other layers. Problems are values, never thrown; configuration is JSON data and
// is never executed.

export {configurationFor, type ConfigurationOptions, type LoadedConfiguration} from './find.ts'
export {readConfigurationFile} from './read.ts'
export {validateConfiguration} from './validate.ts'
export {mergeConfigurations} from './merge.ts'
export {configFileNames, packageField, severities, wordListNames} from './names.ts'
export {acceptedFileName, formatAccepted, readAcceptedFile} from './accepted.ts'
