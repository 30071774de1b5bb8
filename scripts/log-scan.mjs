// Looks for secrets in log text: passwords, API tokens, session ids, password hashes, authorization headers.
export const SECRET_PATTERNS = [
  { name: 'API token', re: /lst_[A-Za-z0-9_-]{20,}/ },
  { name: 'session cookie', re: /lockstep_session=[A-Za-z0-9_-]{10,}/ },
  { name: 'password hash', re: /scrypt\$\d+\$/ },
  { name: 'bearer header', re: /Bearer\s+[A-Za-z0-9_-]{10,}/i },
  { name: 'password field', re: /"(password|currentPassword|newPassword)"\s*:\s*"(?!\[redacted\])[^"]+"/ },
];

/** Returns the findings in `text`; `known` are literal secrets that must not appear either. */
export function scanForSecrets(text, known = []) {
  const findings = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const { name, re } of SECRET_PATTERNS)
      if (re.test(line)) findings.push({ line: i + 1, name, text: line.slice(0, 200) });
    for (const secret of known)
      if (secret && line.includes(secret))
        findings.push({ line: i + 1, name: 'known secret', text: line.slice(0, 200) });
  });
  return findings;
}
