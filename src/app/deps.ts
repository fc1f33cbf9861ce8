// What every use case is handed: storage, time and the deployment's defaults. Nothing else is reached for.
import type { Clock, Repositories } from './ports.js';

export interface AppDeps {
  repos: Repositories;
  clock: Clock;
  /**
   * The zone every new person starts in until they choose one (DEFAULT_TIME_ZONE). Unset (tests,
   * library use): a guess from their language, America/Sao_Paulo for Portuguese, UTC otherwise.
   */
  defaultTimeZone?: string;
}
