/** A dabba.yaml key that the cluster does not carry as dabba means it: printed on stderr and above the object. */
export interface Lost {
  /** undefined: a project-level key. */
  service?: string;
  /** The dabba.yaml key, e.g. `stop_signal`. */
  key: string;
  reason: string;
}

export function formatLost(l: Lost): string {
  return l.service === undefined ? `${l.key}: ${l.reason}` : `services.${l.service}.${l.key}: ${l.reason}`;
}
