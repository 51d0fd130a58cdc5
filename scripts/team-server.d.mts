/** Types of scripts/team-server.mjs for the TypeScript tests that start it. */
export interface TeamServer {
  url: string;
  close(): Promise<void>;
}
export function startTeamServer(options?: {
  port?: number;
  admin?: string;
  adminPassword?: string;
  origins?: string[];
}): Promise<TeamServer>;
export function addTeamMember(
  server: { url: string; admin?: string; adminPassword?: string },
  name: string,
  password: string,
  roles: string[],
): Promise<void>;
