// src/smoke/redact.ts
/** The text with every occurrence of a secret replaced by `***`. Applied to whatever a server sends back. */
function redact(text, secrets) {
	let out = text;
	for (const s of secrets) {
		if (s.length < 4) continue;
		out = out.split(s).join("***");
	}
	return out;
}
export { redact as t };
