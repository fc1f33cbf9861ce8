// What every use case is handed: storage and time. Nothing else is reached for.
import type { Clock, Repositories } from './ports.js';

export interface AppDeps {
  repos: Repositories;
  clock: Clock;
}
