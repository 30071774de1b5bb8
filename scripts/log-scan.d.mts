export interface SecretFinding {
  line: number;
  name: string;
  text: string;
}
export declare const SECRET_PATTERNS: { name: string; re: RegExp }[];
export declare function scanForSecrets(text: string, known?: string[]): SecretFinding[];
